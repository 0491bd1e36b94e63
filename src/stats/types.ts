import type { PlatformBucket } from '../domain/platform-buckets.js';
import type { CheckKind } from '../checks/check-record.js';

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
