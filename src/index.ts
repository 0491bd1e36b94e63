/**
 * circular as a library: what the CLI calls, and what a script may call without it (docs/library.md).
 * Each command is one function of `src/app/` (`validateSubmission`, `computeStatistics`,
 * `buildCircular` + `writeCircular`, `remindUpdates`, `initWorkspace`); this file only re-exports.
 *
 * ```ts
 * import { buildCircular, parsePeriod, writeCircular } from 'circular';
 * const period = parsePeriod('2022Q4')!;            // or parsePeriod('2022') for the year
 * const build = await buildCircular({ workspace: 'fixtures/wuxi-2022', period, date: '2023-01-09' });
 * if (build.circular === null) throw new Error('数据有误');  // build.diagnostics say where
 * await writeCircular({ ...build, circular: build.circular });
 * ```
 */
export {
  type BuildCircularOptions,
  buildCircular,
  type CircularBuild,
  type OutputFile,
  type RenderedBuild,
  type WrittenCircular,
  writeCircular,
} from './app/build-circular.js';
export {
  type ComputeStatisticsOptions,
  computeStatistics,
  type StatisticsResult,
} from './app/compute-statistics.js';
export {
  type InitOptions,
  type InitResult,
  initWorkspace,
  WorkspaceFileExistsError,
} from './app/init-workspace.js';
export { type Reminders, type RemindUpdatesOptions, remindUpdates } from './app/remind-updates.js';
export {
  documentTime,
  type RenderedCircular,
  type RenderOptions,
  renderCircular,
} from './app/render-circular.js';
export { RequestError } from './app/request-error.js';
export {
  type FilesValidation,
  type SubmissionValidation,
  type ValidateSubmissionOptions,
  validateSubmission,
  type WorkspaceValidation,
} from './app/validate-submission.js';
export type { CheckRecord } from './checks/check-record.js';
export {
  BELOW_100,
  CHECKED,
  CheckTally,
  FAILED,
  FULL_CHECKED,
  REPOSTING,
  SPOT_CHECKED,
  tallyRecords,
  tallySize,
} from './checks/check-tally.js';
export { configJsonSchema } from './config/json-schema.js';
export { CONFIG_FILE, ConfigError, loadConfig, parseConfig } from './config/load-config.js';
export { type Config, type ConfigInput, configSchema, defaultConfig } from './config/schema.js';
export { type Diagnostic, hasErrors, sortDiagnostics, summarize } from './domain/diagnostic.js';
export { formatRate, rateChange, roundedPercent } from './domain/format-rate.js';
export {
  defaultOutputName,
  type HalfYearPeriod,
  type MonthPeriod,
  type Period,
  type PeriodKind,
  parseHalfYear,
  parseMonth,
  parsePeriod,
  parseQuarter,
  parseYear,
  periodName,
  previousPeriod,
  type QuarterPeriod,
  quartersOf,
  type YearPeriod,
  yearEarlier,
} from './domain/period.js';
export { PLATFORM_BUCKETS, type PlatformBucket, platformLookup } from './domain/platform-buckets.js';
export type { CheckKind } from './domain/vocabulary.js';
export { buildCircularDocument, type CircularInput, templateData } from './report/build-document.js';
export type { CircularDocument } from './report/document-model.js';
export { loadTemplate, TemplateError, type TemplateSource } from './report/render-template.js';
export { districtRates, quarterSentence } from './report/template-helpers.js';
export {
  computePeriodStats,
  type StatsInput,
  type StatsOptions,
  type StatsRecordsInput,
} from './stats/compute-period-stats.js';
export { computeStats, statsInput } from './stats/compute-stats.js';
export { computeYearStats, isYearStats } from './stats/compute-year-stats.js';
export { rankDistricts } from './stats/rank-districts.js';
export type * from './stats/types.js';
export { openWorkbook, openWorkbookBytes, WorkbookReadError } from './workbook/index.js';
export { type LoadedWorkspace, loadWorkspace } from './workspace/load-workspace.js';
