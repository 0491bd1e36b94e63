import { BELOW_100, FAILED, FULL_CHECKED, REPOSTING } from '../checks/check-tally.js';
import type { Config } from '../config/schema.js';
import { rateChange } from '../domain/format-rate.js';
import { type Period, previousPeriod, yearEarlier } from '../domain/period.js';
import { PLATFORM_BUCKETS, type PlatformBucket } from '../domain/platform-buckets.js';
import { CITY_LEVEL } from '../domain/vocabulary.js';
import type { RegistryAccount } from '../registry/account.js';
import { followUpFigures } from './follow-up.js';
import { coverageFigures, districtFigures, levelFigures, typeFigures } from './group-figures.js';
import {
  accountRef,
  type Headline,
  headline,
  monthsBetween,
  rateFigures,
  type StatsInput,
  type StatsRecordsInput,
  tallied,
} from './headline.js';
import { problemFigures } from './problem-figures.js';
import { type DeadlineOptions, rectifyDeadline } from './rectify-by.js';
import type {
  AccountRef,
  PeriodStats,
  PreviousStats,
  ProvincialStats,
  RateFigures,
  RegisteredStats,
} from './types.js';
import { unregisteredFigures } from './unregistered-figures.js';
import { websiteFigures, websiteInput } from './website-figures.js';

export {
  type StatsInput,
  type StatsRecordsInput,
  tallied,
} from './headline.js';

/** What the statistics take besides the records: the circular's date and `--rectify-by`. */
export type StatsOptions = DeadlineOptions;

function countRegistered(accounts: readonly RegistryAccount[], config: Config): RegisteredStats {
  const byType = Object.fromEntries(PLATFORM_BUCKETS.map((b) => [b, 0])) as Record<PlatformBucket, number>;
  const byDistrict: Record<string, number> = { [CITY_LEVEL]: 0 };
  for (const d of config.districts) byDistrict[d] = 0;
  let city = 0;
  for (const a of accounts) {
    byType[a.platform]++;
    byDistrict[a.district] = (byDistrict[a.district] ?? 0) + 1;
    if (a.district === CITY_LEVEL) city++;
  }
  return { total: accounts.length, byLevel: { city, district: accounts.length - city }, byType, byDistrict };
}

/**
 * Accounts registered at `asOf` with at least one 全面检查 from January of that year up to `asOf`,
 * every such score 100 and no failed check in that time.
 */
function perfectAccounts(input: StatsInput, h: Headline, period: Period): AccountRef[] {
  const HAS_FULL = 1;
  const SPOILED = 2;
  const flags = new Uint8Array(h.isRegistered.length);
  for (const month of monthsBetween(input.checks, `${period.year}-01`, period.months.at(-1)!)) {
    const ofMonth = input.checks.flagsOf(month)!;
    const n = Math.min(ofMonth.length, flags.length);
    for (let i = 0; i < n; i++) {
      const f = ofMonth[i]!;
      if (f === 0 || h.isRegistered[i] !== 1) continue;
      if ((f & (FAILED | BELOW_100)) !== 0) flags[i]! |= SPOILED;
      if ((f & FULL_CHECKED) !== 0) flags[i]! |= HAS_FULL;
    }
  }
  return h.registered
    .filter((a) => flags[a.index] === HAS_FULL)
    .map((a) => accountRef(a, input.config.accountLabel));
}

function provincialFigures(config: Config, period: Period): ProvincialStats | null {
  const entry = config.provincial[period.id];
  if (!entry) return null;
  return { ...entry, ...rateFigures(entry.passed, entry.checked, config.rateDecimals) };
}

/** Another period's headline, or null when the workspace has no checks for it. */
function otherHeadline(input: StatsInput, period: Period): Headline | null {
  const h = headline(input, period);
  return h.checked === 0 ? null : h;
}

/** Another period's headline figures against the current rate (上期 or 同比). */
function compared(
  h: Headline | null,
  period: Period,
  current: RateFigures,
  decimals: number,
): PreviousStats | null {
  if (!h) return null;
  const rate = rateFigures(h.checked - h.unqualified.length, h.checked, decimals);
  return {
    period: period.id,
    asOf: period.end,
    registered: h.registered.length,
    checked: h.checked,
    unqualified: h.unqualified.length,
    ...rate,
    passRateChange: rateChange(current.passRate, rate.passRate, decimals),
  };
}

/**
 * The statistics of one period (docs/workspace.md §6), a pure function of the registry and the linked
 * checks (tallied, or as records); `options` give the rectification deadline its date.
 */
export function computePeriodStats(
  source: StatsInput | StatsRecordsInput,
  period: Period,
  options: StatsOptions = {},
): PeriodStats {
  // Step 1: registered accounts at the period end, and their checks within the period.
  const input = tallied(source);
  const { config } = input;
  const h = headline(input, period);
  const decimals = config.rateDecimals;
  const rate = rateFigures(h.checked - h.unqualified.length, h.checked, decimals);
  // Step 2: lists and breakdowns.
  const perfect = perfectAccounts(input, h, period);
  const repostingAccounts = h.registered
    .filter((a) => (h.period.flags[a.index]! & REPOSTING) !== 0)
    .map((a) => accountRef(a, config.accountLabel));
  // Step 3: the periods compared: the one before (of the same kind) and the same one a year earlier.
  const before = previousPeriod(period);
  const previous = otherHeadline(input, before);
  const lastYear = yearEarlier(period);
  const sites = websiteInput(input);
  return {
    period: period.id,
    asOf: period.end,
    registered: countRegistered(h.registered, config),
    checked: h.checked,
    unqualified: { count: h.unqualified.length, accounts: h.unqualified },
    qualified: h.checked - h.unqualified.length,
    ...rate,
    months: h.period.months,
    perfectScore: { count: perfect.length, accounts: perfect },
    reposting: { count: repostingAccounts.length, accounts: repostingAccounts },
    byDistrict: districtFigures(h, config),
    provincial: provincialFigures(config, period),
    previous: compared(previous, before, rate, decimals),
    coverage: coverageFigures(h, decimals),
    byLevel: levelFigures(h, decimals),
    byType: typeFigures(h, decimals),
    problems: problemFigures(input, h),
    unregistered: unregisteredFigures(input, period),
    followUp: followUpFigures(input, h, previous),
    yearOnYear: compared(otherHeadline(input, lastYear), lastYear, rate, decimals),
    rectifyBy: rectifyDeadline(config, period, options),
    websites: sites ? websiteFigures(computePeriodStats(sites, period, options), sites, period) : null,
  };
}
