/**
 * The names a template may read under a value of its data that can be null: `stats.previous` is null
 * without a previous period, yet `{{#if stats.previous.pasRateChange}}` is a misspelling all the same.
 * NOTE: each list is checked against its type by `satisfies`, so a field added to the statistics
 * must be added here too (the type check says so).
 */
import type { PreviousStats, ProvincialStats, RecheckStats, YearTrend } from '../stats/types.js';

type Fields<T> = Record<keyof T, true>;

const PREVIOUS = {
  period: true,
  asOf: true,
  registered: true,
  checked: true,
  unqualified: true,
  passRate: true,
  passRateText: true,
  passRateChange: true,
} satisfies Fields<PreviousStats>;
const PROVINCIAL = {
  checked: true,
  passed: true,
  passRate: true,
  passRateText: true,
} satisfies Fields<ProvincialStats>;
const RECHECK = { fixed: true, stillFailing: true, notRechecked: true } satisfies Fields<RecheckStats>;
const TREND = { from: true, to: true, passRateChange: true } satisfies Fields<YearTrend>;

/** Path (as a template writes it from the top) → the names it has when it is not null. */
export const NULLABLE_SHAPES: Readonly<Record<string, readonly string[]>> = {
  'stats.previous': Object.keys(PREVIOUS),
  'stats.yearOnYear': Object.keys(PREVIOUS),
  'stats.provincial': Object.keys(PROVINCIAL),
  'stats.followUp.recheck': Object.keys(RECHECK),
  'stats.trend': Object.keys(TREND),
};
