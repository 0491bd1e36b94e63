import type { PlatformBucket } from '../domain/platform-buckets.js';
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
  /** `宜兴发改(微信公众号)`. */
  label: string;
}

/** An unqualified account with what went wrong. */
export interface UnqualifiedAccount extends AccountRef {
  reasons: string[];
  /** Months in which it failed, `YYYY-MM`. */
  months: string[];
}

/** A list of accounts with its length. */
export interface AccountList<T extends AccountRef = AccountRef> {
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

/** The statistics of one period (DATA.md §5): what `circular stats --format json` prints. */
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
}
