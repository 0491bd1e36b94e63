/**
 * The statistics of a loaded workspace: the entry `circular stats` and `build` use, kept apart from the
 * library index so that `stats` loads neither the template engine nor the document writer.
 */
import { assertNever, type Period } from '../domain/period.js';
import { computePeriodStats, type StatsInput, type StatsOptions } from './compute-period-stats.js';
import { computeYearStats } from './compute-year-stats.js';
import type { PeriodStats, YearStats } from './types.js';

/** The statistics' input from a loaded workspace: its config, accounts and the tally of its checks. */
export function statsInput(workspace: StatsInput): StatsInput {
  const input: StatsInput = {
    config: workspace.config,
    accounts: workspace.accounts,
    checks: workspace.checks,
  };
  if (workspace.websites) input.websites = workspace.websites;
  return input;
}

/**
 * The statistics of a period from a loaded workspace (docs/workspace.md §6). For a year (`parsePeriod('2022')`)
 * they are a `YearStats`: the year's figures plus its quarters, the 重点关注 list and the district
 * ranking; `isYearStats` tells them apart. `options`: the circular's date and `--rectify-by`, for the
 * rectification deadline.
 */
export function computeStats(
  workspace: StatsInput,
  period: Period,
  options: StatsOptions = {},
): PeriodStats | YearStats {
  const input = statsInput(workspace);
  switch (period.kind) {
    case 'month':
    case 'quarter':
    case 'half':
      return computePeriodStats(input, period, options);
    case 'year':
      return computeYearStats(input, period, options);
    default:
      return assertNever(period);
  }
}
