/**
 * circular as a library: what the CLI calls, and what a script may call without it (docs/library.md).
 *
 * ```ts
 * import { loadWorkspace, parsePeriod, computeStats, renderCircular, hasErrors } from 'circular';
 * const period = parsePeriod('2022Q4')!;            // or parsePeriod('2022') for the year
 * const ws = await loadWorkspace('fixtures/wuxi-2022', period);
 * if (hasErrors(ws.diagnostics)) throw new Error('数据有误');
 * const stats = computeStats(ws, period);           // YearStats for a year
 * const { bytes } = await renderCircular(ws, period, stats, { date: '2023-01-09' });
 * ```
 */
import type { Period } from './domain/period.js';
import { buildCircularDocument } from './report/build-document.js';
import type { CircularDocument } from './report/document-model.js';
import { defaultTemplateName, loadTemplate } from './report/render-template.js';
import type { PeriodStats } from './stats/types.js';
import type { LoadedWorkspace } from './workspace/load-workspace.js';
import { readHighlights } from './workspace/read-highlights.js';

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
export {
  type InitOptions,
  type InitResult,
  initWorkspace,
  WorkspaceFileExistsError,
} from './workspace/init-workspace.js';
export { type LoadedWorkspace, loadWorkspace } from './workspace/load-workspace.js';

/** Options of `renderCircular`. */
export interface RenderOptions {
  /** 成文日期 `YYYY-MM-DD`. */
  date: string;
  /** Template file name (`quarterly.hbs` by default; the workspace's own copy wins). */
  template?: string;
  /** Time for the document's properties; defaults to `SOURCE_DATE_EPOCH` or the circular's date. */
  created?: Date;
  /** Extra data for the template, next to `stats`, `period`, `city`… */
  extra?: Record<string, unknown>;
}

/** The document's time stamp: `SOURCE_DATE_EPOCH` when set, else the circular's date. */
export function documentTime(date: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${date}T00:00:00Z`);
}

/**
 * Renders the circular of a period: the template's text, the document model, and the .docx bytes.
 * A year uses `yearly.hbs` (and its `quarters` and `focus` attachment tables), a quarter `quarterly.hbs`;
 * the workspace's own copy in `templates/` wins. Warnings (a missing highlights file) are returned,
 * not printed. Throws `TemplateError` for a template that does not render.
 */
export async function renderCircular(
  workspace: LoadedWorkspace,
  period: Period,
  stats: PeriodStats,
  options: RenderOptions,
): Promise<{ bytes: Uint8Array; document: CircularDocument; warnings: string[] }> {
  const warnings: string[] = [];
  // Step 1: the narrative part, written by people.
  const highlights = readHighlights(workspace.dir, period.id);
  if (!highlights) warnings.push(`没有找到 highlights/${period.id}.md，通报将不含“主要做法和成效”一节`);
  else warnings.push(...highlights.warnings);
  // Step 2: template → document model.
  const name = options.template ?? defaultTemplateName(period);
  const template = loadTemplate(name, workspace.dir);
  const document = buildCircularDocument({
    config: workspace.config,
    period,
    stats,
    date: options.date,
    highlights: highlights?.paragraphs ?? null,
    template,
    onLog: (message) => warnings.push(`模板 ${template.file} ${message}`),
    created: options.created ?? documentTime(options.date),
    ...(options.extra ? { extra: options.extra } : {}),
  });
  // Step 3: the .docx (docx is loaded only here).
  const { writeDocx } = await import('./report/write-docx.js');
  const bytes = await writeDocx(document);
  return { bytes, document, warnings };
}
