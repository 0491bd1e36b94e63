import type { PlatformBucket } from '../domain/platform-buckets.js';
import type { SiteType } from '../domain/site-types.js';
import type { CheckKind } from '../domain/vocabulary.js';
import type { DistrictRankGroup } from './rank-districts.js';

export type { DistrictRankGroup, DistrictRate } from './rank-districts.js';

/** An account as the statistics list it (registry order). */
export interface AccountRef {
  name: string;
  /** Platform bucket, e.g. 微信公众号. */
  platform: PlatformBucket;
  /** The platform as typed in the registry, e.g. 抖音. */
  platformRaw: string;
  operator: string;
  district: string;
  /** `宜兴发改(微信公众号)`; a website's is its name. */
  label: string;
  /** A website's 网站标识码 (null when the registry has none); only on websites. */
  siteId?: string | null;
  /** A website's 网站类型; only on websites. */
  siteType?: SiteType;
  /** A website's 网址 (null when the registry has none); only on websites. */
  url?: string | null;
}

/** An unqualified account with what went wrong. */
export interface UnqualifiedAccount extends AccountRef {
  reasons: string[];
  /** Months in which it failed, `YYYY-MM`. */
  months: string[];
}

/** A list of accounts with its length. */
export interface AccountList<T = AccountRef> {
  count: number;
  accounts: T[];
}

/** The registered accounts at `asOf` and their breakdowns. */
export interface RegisteredStats {
  total: number;
  byLevel: { city: number; district: number };
  byType: Record<PlatformBucket, number>;
  byDistrict: Record<string, number>;
}

/** One month of the period that had checks. */
export interface MonthStats {
  month: string;
  kind: CheckKind;
  checked: number;
  unqualified: number;
}

/** Pass rate with its printed form. */
export interface RateFigures {
  passRate: number | null;
  passRateText: string;
}

/** One row of the per-district table. */
export interface DistrictStats extends RateFigures {
  district: string;
  registered: number;
  checked: number;
  unqualified: number;
}

/** The province's spot check of the city, from the config. */
export interface ProvincialStats extends RateFigures {
  checked: number;
  passed: number;
}

/** The previous period's headline figures. */
export interface PreviousStats extends RateFigures {
  period: string;
  asOf: string;
  registered: number;
  checked: number;
  unqualified: number;
  /** Percentage points, from the two rounded rates; null when either rate is null. */
  passRateChange: number | null;
}

/** How many registered accounts were checked (docs/workspace.md §6): 检查率, or 抽查比例 when `sampled`. */
export interface CoverageStats {
  checked: number;
  /** `checked / registered.total`; null when nothing is registered. */
  rate: number | null;
  /** As printed, like `passRateText`. */
  rateText: string;
  /** True when fewer than all registered accounts were checked: the circular says 抽查. */
  sampled: boolean;
}

/** A group's registered, checked and unqualified accounts and its pass rate. */
export interface GroupStats extends RateFigures {
  registered: number;
  checked: number;
  unqualified: number;
}

/** One level: `city` (市级部门单位) or `district` (市(县)区). */
export interface LevelStats extends GroupStats {
  level: 'city' | 'district';
}

/** One platform bucket. */
export interface TypeStats extends GroupStats {
  platform: PlatformBucket;
}

/** One problem category with the distinct accounts in it, in registry order. */
export interface CategoryStats {
  /** The config's category name, or the text as typed after normalising. */
  category: string;
  /** True for one of the config's categories. */
  known: boolean;
  count: number;
  accounts: AccountRef[];
}

/** The period's problems by category: known ones in the config's order, then others by count. */
export interface ProblemStats {
  /** From 否决情形 (the accounts failed on them). */
  veto: CategoryStats[];
  /** From 扣分情形. */
  deductions: CategoryStats[];
}

/** An account the inspectors found unregistered (备案情况 未备案), as the results sheet typed it. */
export interface UnregisteredAccount {
  name: string;
  /** Platform bucket. */
  platform: PlatformBucket;
  /** The platform as typed. */
  platformRaw: string;
  /** 所属地区 as typed (市级 and configured districts canonical); null when not given. */
  district: string | null;
  /** 开设主体 as typed; null when not given. */
  operator: string | null;
  label: string;
  /** Where it was first found. */
  file: string;
  sheet: string | null;
  row: number | null;
  month: string;
}

/** The previous period's unqualified accounts, re-checked in this one. */
export interface RecheckStats {
  /** Checked now and passed, or marked 已整改. */
  fixed: AccountList<UnqualifiedAccount>;
  /** Failed again, or marked 整改中 / 未整改. */
  stillFailing: AccountList<UnqualifiedAccount>;
  /** Neither checked nor marked in this period. */
  notRechecked: AccountList<UnqualifiedAccount>;
}

/** Follow-up of the previous period of the same kind. */
export interface FollowUpStats {
  /** Unqualified in this period and in the previous one (连续两期不合格), this period's reasons. */
  repeated: UnqualifiedAccount[];
  /** Null when the workspace has no checks of the previous period. Accounts carry that period's reasons. */
  recheck: RecheckStats | null;
}

/** The statistics of one period (docs/workspace.md §6): what `circular stats --format json` prints. */
export interface PeriodStats extends RateFigures {
  period: string;
  asOf: string;
  registered: RegisteredStats;
  checked: number;
  unqualified: AccountList<UnqualifiedAccount>;
  qualified: number;
  months: MonthStats[];
  perfectScore: AccountList;
  reposting: AccountList;
  byDistrict: DistrictStats[];
  provincial: ProvincialStats | null;
  previous: PreviousStats | null;
  coverage: CoverageStats;
  byLevel: LevelStats[];
  byType: TypeStats[];
  problems: ProblemStats;
  unregistered: AccountList<UnregisteredAccount>;
  followUp: FollowUpStats;
  /** The same figures one year earlier (同比), or null when the workspace has no checks of it. */
  yearOnYear: PreviousStats | null;
  /** The date by which the units named report their rectification, `YYYY-MM-DD`, or null. */
  rectifyBy: string | null;
  /**
   * The government websites' figures of the same period (docs/workspace.md §11), or null when the
   * workspace registers no website. The accounts' figures above never include websites.
   */
  websites: WebsiteStats | null;
}

/** The websites registered at `asOf`, by 网站类型 instead of platform bucket. */
export interface WebsiteRegisteredStats extends Omit<RegisteredStats, 'byType'> {
  byType: Record<SiteType, number>;
}

/** One 网站类型. */
export interface SiteTypeStats extends GroupStats {
  siteType: SiteType;
}

/**
 * The websites' figures: every field of the accounts' (`provincial` always null: the config's
 * provincial figures are the accounts'), by 网站类型 where those go by platform bucket. Website refs carry
 * `siteId`, `siteType` and `url`.
 */
export interface WebsiteStats extends Omit<PeriodStats, 'registered' | 'byType' | 'websites'> {
  registered: WebsiteRegisteredStats;
  byType: SiteTypeStats[];
}

/** The websites' figures of a year: the year's fields too. */
export interface WebsiteYearStats extends WebsiteStats {
  quarters: QuarterFigures[];
  focus: AccountList<FocusAccount>;
  districtRanking: DistrictRankGroup[];
  trend: YearTrend | null;
}

/** One quarter of a year, as the yearly report's table and trend sentence use it. */
export interface QuarterFigures extends RateFigures {
  /** `2022Q1`. */
  period: string;
  /** 1–4. */
  quarter: number;
  /** Last day of the quarter. */
  asOf: string;
  /** Accounts registered at the quarter's end. */
  registered: number;
  /** Registered accounts checked in the quarter (0 when the quarter had no checks; its rate is then null). */
  checked: number;
  unqualified: number;
  /** Percentage points against the quarter before, from the two rounded rates; null when either has no checks. */
  passRateChange: number | null;
}

/** An account that failed in two or more quarters of the year (重点关注). */
export interface FocusAccount extends AccountRef {
  /** The quarters it failed in, `2022Q1`, in order. */
  quarters: string[];
  /** What went wrong over the year. */
  reasons: string[];
}

/** The rate from the year's first quarter with checks to its last. */
export interface YearTrend {
  from: string;
  to: string;
  /** Percentage points, from the two rounded rates. */
  passRateChange: number;
}

/**
 * The statistics of a year: the year as one period (registered at year end, checked and unqualified
 * over the year, the always-100 list) plus its quarters, the accounts to watch and the district ranking.
 */
export interface YearStats extends PeriodStats {
  quarters: QuarterFigures[];
  /** Accounts registered at year end that failed in two or more quarters, in registry order. */
  focus: AccountList<FocusAccount>;
  /** The year's `byDistrict`, ranked by `rankDistricts`. */
  districtRanking: DistrictRankGroup[];
  /** First against last quarter with checks; null when fewer than two quarters had checks. */
  trend: YearTrend | null;
  /** The websites' figures of the year, with their quarters, focus list and ranking. */
  websites: WebsiteYearStats | null;
}
