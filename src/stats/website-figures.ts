/**
 * The government websites' figures (docs/workspace.md §11): the accounts' statistics computed over the
 * websites and their own checks, with the websites' own problem categories, counted by 网站类型 where the
 * accounts are counted by platform bucket.
 */
import type { Config } from '../config/schema.js';
import type { Period } from '../domain/period.js';
import { SITE_TYPES, type SiteType } from '../domain/site-types.js';
import { siteTypeFigures } from './group-figures.js';
import { headline, type StatsInput } from './headline.js';
import type { PeriodStats, WebsiteStats, WebsiteYearStats, YearStats } from './types.js';

/**
 * The config as the websites' statistics read it: their own category lists and pass score, and no
 * provincial figures (those are the accounts').
 */
export function websiteConfig(config: Config): Config {
  const { passScore: _accounts, ...rest } = config;
  const site: Config = {
    ...rest,
    vetoCategories: config.websites.vetoCategories,
    deductionCategories: config.websites.deductionCategories,
    provincial: {},
  };
  if (config.websites.passScore !== undefined) site.passScore = config.websites.passScore;
  return site;
}

/** The statistics' input of the websites, or null when the workspace registers none. */
export function websiteInput(input: StatsInput): StatsInput | null {
  const sites = input.websites;
  if (!sites || sites.accounts.length === 0) return null;
  return { config: websiteConfig(input.config), accounts: sites.accounts, checks: sites.checks };
}

/** The accounts' shape of figures, computed over the websites, turned into the websites' own. */
export function websiteFigures(stats: YearStats, input: StatsInput, period: Period): WebsiteYearStats;
export function websiteFigures(stats: PeriodStats, input: StatsInput, period: Period): WebsiteStats;
export function websiteFigures(
  stats: PeriodStats | YearStats,
  input: StatsInput,
  period: Period,
): WebsiteStats | WebsiteYearStats {
  const h = headline(input, period);
  const byType = Object.fromEntries(SITE_TYPES.map((t) => [t, 0])) as Record<SiteType, number>;
  for (const site of h.registered) if (site.website) byType[site.website.siteType]++;
  const { websites: _none, ...figures } = stats;
  return {
    ...figures,
    registered: { ...stats.registered, byType },
    byType: siteTypeFigures(h, input.config.rateDecimals),
    provincial: null,
  };
}
