import { rateChange } from '../domain/format-rate.js';
import { type Period, quarterOfMonth, quartersOf } from '../domain/period.js';
import {
  computePeriodStats,
  type StatsInput,
  type StatsOptions,
  type StatsRecordsInput,
  tallied,
} from './compute-period-stats.js';
import { rankDistricts } from './rank-districts.js';
import type {
  FocusAccount,
  PeriodStats,
  QuarterFigures,
  UnqualifiedAccount,
  YearStats,
  YearTrend,
} from './types.js';
import { websiteFigures, websiteInput } from './website-figures.js';

/** A quarter's row of the yearly table, from that quarter's own statistics. */
function quarterFigures(stats: PeriodStats, quarter: number): QuarterFigures {
  return {
    period: stats.period,
    quarter,
    asOf: stats.asOf,
    registered: stats.registered.total,
    checked: stats.checked,
    unqualified: stats.unqualified.count,
    passRate: stats.passRate,
    passRateText: stats.passRateText,
    // NOTE: `previous` is null when the quarter before had no checks, so a gap breaks the comparison.
    passRateChange: stats.checked > 0 ? (stats.previous?.passRateChange ?? null) : null,
  };
}

/**
 * Accounts that failed in two or more quarters. They come from the year's unqualified list, so they are
 * registered at year end, in registry order, with the year's reasons.
 */
function focusAccounts(unqualified: readonly UnqualifiedAccount[]): FocusAccount[] {
  const focus: FocusAccount[] = [];
  for (const { months, ...account } of unqualified) {
    const quarters = [...new Set(months.map(quarterOfMonth))].sort();
    if (quarters.length >= 2) focus.push({ ...account, quarters });
  }
  return focus;
}

/** The first quarter with checks against the last one. */
function yearTrend(quarters: readonly QuarterFigures[], decimals: number): YearTrend | null {
  const checked = quarters.filter((q) => q.passRate !== null);
  const first = checked[0];
  const last = checked.at(-1);
  if (!first || !last || first === last) return null;
  return {
    from: first.period,
    to: last.period,
    passRateChange: rateChange(last.passRate, first.passRate, decimals) ?? 0,
  };
}

/**
 * The statistics of a year: `computePeriodStats` over the whole year (registered at year end, checked,
 * unqualified, the always-100 list, per district), plus each quarter's figures from `computePeriodStats`
 * over that quarter, the accounts unqualified in two or more quarters, and the district ranking.
 */
export function computeYearStats(
  source: StatsInput | StatsRecordsInput,
  year: Period,
  options: StatsOptions = {},
): YearStats {
  if (year.kind !== 'year') throw new Error(`computeYearStats 需要年度期间，收到 ${year.id}`);
  // Step 1: the year as one period.
  const input = tallied(source);
  // The websites' year is computed below as a year of its own.
  const { websites: _sites, ...accountsOnly } = input;
  const stats = computePeriodStats(accountsOnly, year, options);
  // Step 2: each quarter on its own (a quarter without checks has checked 0 and no rate).
  const quarters = quartersOf(year.year).map((q) =>
    quarterFigures(computePeriodStats(accountsOnly, q), q.quarter),
  );
  // Step 3: what the yearly report adds.
  const focus = focusAccounts(stats.unqualified.accounts);
  const sites = websiteInput(input);
  return {
    ...stats,
    quarters,
    focus: { count: focus.length, accounts: focus },
    districtRanking: rankDistricts(stats.byDistrict),
    trend: yearTrend(quarters, input.config.rateDecimals),
    websites: sites ? websiteFigures(computeYearStats(sites, year, options), sites, year) : null,
  };
}

/** True for the statistics of a year (they carry `quarters`). */
export function isYearStats(stats: PeriodStats): stats is YearStats {
  return 'quarters' in stats && Array.isArray((stats as Partial<YearStats>).quarters);
}
