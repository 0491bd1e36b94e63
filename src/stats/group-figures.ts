/**
 * Registered, checked and unqualified accounts per group — district, level, platform bucket — with
 * each group's pass rate, and the coverage of the whole period (docs/workspace.md §6). One counting
 * rule for every breakdown: an account counts in its group when registered at the period's end, as
 * checked when it had a check in the period, as unqualified when one failed.
 */
import { CHECKED, FAILED } from '../checks/check-tally.js';
import type { Config } from '../config/schema.js';
import { formatRate } from '../domain/format-rate.js';
import { PLATFORM_BUCKETS } from '../domain/platform-buckets.js';
import { SITE_TYPES } from '../domain/site-types.js';
import { CITY_LEVEL } from '../domain/vocabulary.js';
import type { RegistryAccount } from '../registry/account.js';
import { type Headline, rateFigures } from './headline.js';
import type {
  CoverageStats,
  DistrictStats,
  GroupStats,
  LevelStats,
  SiteTypeStats,
  TypeStats,
} from './types.js';

interface Counts {
  registered: number;
  checked: number;
  unqualified: number;
}

/** The counts of each group in `keys` (in that order); an account whose key is not among them is left out. */
function countGroups<K>(
  h: Headline,
  keys: readonly K[],
  keyOf: (a: RegistryAccount) => K | undefined,
): Map<K, Counts> {
  const counts = new Map<K, Counts>();
  for (const key of keys) counts.set(key, { registered: 0, checked: 0, unqualified: 0 });
  for (const a of h.registered) {
    const key = keyOf(a);
    const c = key === undefined ? undefined : counts.get(key);
    if (!c) continue;
    const flags = h.period.flags[a.index]!;
    c.registered++;
    if (flags & CHECKED) c.checked++;
    if (flags & FAILED) c.unqualified++;
  }
  return counts;
}

function withRate(c: Counts, decimals: number): GroupStats {
  return { ...c, ...rateFigures(c.checked - c.unqualified, c.checked, decimals) };
}

/** Per configured district, then 市级. */
export function districtFigures(h: Headline, config: Config): DistrictStats[] {
  const counts = countGroups(h, [...config.districts, CITY_LEVEL], (a) => a.district);
  return [...counts].map(([district, c]) => ({ district, ...withRate(c, config.rateDecimals) }));
}

/** Per level: `city` (市级部门单位), then `district` (市(县)区). */
export function levelFigures(h: Headline, decimals: number): LevelStats[] {
  const counts = countGroups(h, ['city', 'district'] as const, (a) =>
    a.district === CITY_LEVEL ? 'city' : 'district',
  );
  return [...counts].map(([level, c]) => ({ level, ...withRate(c, decimals) }));
}

/** Per platform bucket, in the buckets' order (zero included). */
export function typeFigures(h: Headline, decimals: number): TypeStats[] {
  const counts = countGroups(h, PLATFORM_BUCKETS, (a) => a.platform);
  return [...counts].map(([platform, c]) => ({ platform, ...withRate(c, decimals) }));
}

/** Per 网站类型, in their order (zero included); only websites have one. */
export function siteTypeFigures(h: Headline, decimals: number): SiteTypeStats[] {
  const counts = countGroups(h, SITE_TYPES, (a) => a.website?.siteType);
  return [...counts].map(([siteType, c]) => ({ siteType, ...withRate(c, decimals) }));
}

/** Accounts checked of those registered; `sampled` when fewer than all (the circular then says 抽查). */
export function coverageFigures(h: Headline, decimals: number): CoverageStats {
  const total = h.registered.length;
  const rate = total === 0 ? null : h.checked / total;
  return { checked: h.checked, rate, rateText: formatRate(rate, decimals), sampled: h.checked < total };
}
