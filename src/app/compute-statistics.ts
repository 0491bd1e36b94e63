/**
 * The `circular stats` use case: a workspace's figures for a period, or the diagnostics that stop them.
 */
import type { Config } from '../config/schema.js';
import { localDate } from '../domain/calendar-date.js';
import { type Diagnostic, hasErrors } from '../domain/diagnostic.js';
import type { Period } from '../domain/period.js';
import { computeStats } from '../stats/compute-stats.js';
import type { PeriodStats, YearStats } from '../stats/types.js';
import { type LoadHooks, loadWorkspace } from '../workspace/load-workspace.js';
import { workspaceFolder } from './workspace-folder.js';

/** What to count. */
export interface ComputeStatisticsOptions {
  /** The workspace folder (default: the current folder); it must hold circular.config.json. */
  workspace?: string;
  period: Period;
  /**
   * The day a deadline of `{ days }` counts from (`YYYY-MM-DD`); today by default, the date `build`
   * takes without --date.
   */
  date?: string;
  hooks?: LoadHooks;
}

/** The figures, or null when the diagnostics hold errors. */
export interface StatisticsResult {
  config: Config;
  diagnostics: Diagnostic[];
  /** `YearStats` for a year (`isYearStats` tells them apart); null when the input has errors. */
  stats: PeriodStats | YearStats | null;
}

/**
 * Reads and checks the workspace, then computes the period's statistics (docs/workspace.md §6) —
 * unless the input has errors: then `stats` is null and the diagnostics say what to fix. Throws
 * `RequestError` for a folder that is not a workspace, `ConfigError` for a bad config.
 */
export async function computeStatistics(options: ComputeStatisticsOptions): Promise<StatisticsResult> {
  const hooks = options.hooks ?? {};
  const ws = await loadWorkspace(workspaceFolder(options.workspace), options.period, hooks);
  if (hasErrors(ws.diagnostics)) return { config: ws.config, diagnostics: ws.diagnostics, stats: null };
  const started = performance.now();
  const stats = computeStats(ws, options.period, { date: options.date ?? localDate(new Date()) });
  hooks.onStage?.('统计', performance.now() - started);
  return { config: ws.config, diagnostics: ws.diagnostics, stats };
}
