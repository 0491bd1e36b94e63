/**
 * The circular's rendering from statistics already computed: the template's text, the document model
 * and the .docx bytes. `buildCircular` calls it; a script that computed its own statistics may too.
 */
import type { Period } from '../domain/period.js';
import { buildCircularDocument } from '../report/build-document.js';
import type { CircularDocument } from '../report/document-model.js';
import { defaultTemplateName, loadTemplate } from '../report/render-template.js';
import type { PeriodStats } from '../stats/types.js';
import type { LoadedWorkspace } from '../workspace/load-workspace.js';
import { readHighlights } from '../workspace/read-highlights.js';

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

/** What `renderCircular` gives: the .docx bytes, the document model, and the warnings for the user. */
export interface RenderedCircular {
  bytes: Uint8Array;
  document: CircularDocument;
  warnings: string[];
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
): Promise<RenderedCircular> {
  const warnings: string[] = [];
  const name = options.template ?? defaultTemplateName(period);
  const template = loadTemplate(name, workspace.dir);
  // Step 1: the narrative part, written by people. A template without a 主要做法和成效 part (the bundled
  // monthly one) does not miss its file.
  const highlights = readHighlights(workspace.dir, period.id);
  if (!highlights) {
    if (/\bhighlights\b/.test(template.text))
      warnings.push(`没有找到 highlights/${period.id}.md，通报将不含“主要做法和成效”一节`);
  } else warnings.push(...highlights.warnings);
  // NOTE: a template that never reads `stats.websites` leaves the websites out of the document: said, not
  // silent (docs/workspace.md §11).
  if (stats.websites && !/\bstats\.websites\b/.test(template.text))
    warnings.push(
      `工作区登记了${stats.websites.registered.total}个政府网站，但模板 ${template.file} 没有网站的部分，通报只写政务新媒体；网站的统计见 circular stats --format json 的 websites`,
    );
  // Step 2: template → document model.
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
  const { writeDocx } = await import('../report/write-docx.js');
  const bytes = await writeDocx(document);
  return { bytes, document, warnings };
}
