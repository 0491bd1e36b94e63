import type { Config } from '../config/schema.js';
import { assertNever, type Period, periodName } from '../domain/period.js';
import type { PeriodStats } from '../stats/types.js';
import { attachmentKeys, buildAttachment, type TableData } from './attachment-tables.js';
import type { Attachment, CircularDocument } from './document-model.js';
import { MarkedText, valueText } from './literal-text.js';
import { nullableShapes } from './null-shapes.js';
import { CircularTextError, parseCircularText } from './parse-circular-text.js';
import { renderTemplate, TemplateError, type TemplateSource } from './render-template.js';
import { chineseDate } from './template-helpers.js';

/** Everything the circular is made from. */
export interface CircularInput {
  config: Config;
  period: Period;
  stats: PeriodStats;
  /** 成文日期 `YYYY-MM-DD`. */
  date: string;
  /** Paragraphs of 主要做法和成效 (with `**lead**` markup), or null when the workspace has none. */
  highlights: string[] | null;
  template: TemplateSource;
  /** Extra data for a template (a yearly report's quarters, lists). */
  extra?: Record<string, unknown>;
  lists?: TableData['lists'];
  /** Time stamped into the document's properties; defaults to the circular's date. */
  created?: Date;
  /** Receives what the template's `{{log}}` writes (never the terminal: it would break `--format json`). */
  onLog?: (message: string) => void;
}

/**
 * The period as a template sees it (docs/templates.md): `month`, `quarter` and `half` are each null
 * except for their own kind.
 */
function templatePeriod(period: Period): Record<string, unknown> {
  const base = { id: period.id, kind: period.kind, year: period.year, name: periodName(period) };
  const none = { month: null, quarter: null, half: null };
  const dates = { start: period.start, end: period.end };
  switch (period.kind) {
    case 'month':
      return { ...base, ...none, month: period.month, ...dates };
    case 'quarter':
      return { ...base, ...none, quarter: period.quarter, ...dates };
    case 'half':
      return { ...base, ...none, half: period.half, ...dates };
    case 'year':
      return { ...base, ...none, ...dates };
    default:
      return assertNever(period);
  }
}

/** The data a template sees; documented in docs/templates.md. */
export function templateData(input: CircularInput): Record<string, unknown> {
  const { config, period, stats } = input;
  return {
    city: config.city,
    issuer: config.issuer,
    issuerShort: config.issuerShort,
    addressees: config.addressees,
    districts: config.districts,
    basis: config.basis,
    sections: config.sections,
    wording: config.wording,
    period: templatePeriod(period),
    stats,
    date: input.date,
    // NOTE: a paragraph of highlights keeps its `**bold**` lead and nothing else of markup.
    highlights: input.highlights?.map((p) => new MarkedText(p)) ?? null,
    ...input.extra,
  };
}

/** The 1-based line of the template holding `needle`, for a message. */
function templateLineOf(text: string, needle: string): number | undefined {
  const i = text.split('\n').findIndex((line) => line.includes(needle));
  return i < 0 ? undefined : i + 1;
}

/**
 * A problem in the rendered text as the template's author needs it: at the template line that wrote
 * the offending line (found by the line's own template text), else at the rendered line.
 */
function renderedTextError(template: TemplateSource, error: CircularTextError): TemplateError {
  const line = error.templateText === '' ? undefined : templateLineOf(template.text, error.templateText);
  if (line !== undefined)
    return new TemplateError(
      template.file,
      line,
      `模板 ${template.file} 第${line}行生成的文字有误：${error.reason}`,
    );
  const where = error.line > 0 ? `生成的文字第${error.line}行` : '生成的文字';
  return new TemplateError(template.file, undefined, `模板 ${template.file} ${where}有误：${error.reason}`);
}

/** What the circular reports on, as its document properties name it: the websites too when there are some. */
function subjectWhat(stats: PeriodStats): string {
  return stats.websites ? '政府网站与政务新媒体' : '政务新媒体';
}

/** Renders the template and assembles the document model the .docx writer takes. */
export function buildCircularDocument(input: CircularInput): CircularDocument {
  // Step 1: the template's text.
  const nullShapes = nullableShapes(input.stats);
  const text = renderTemplate(
    input.template,
    templateData(input),
    input.config.rateDecimals,
    input.config.wording,
    input.onLog ? { onLog: input.onLog, nullShapes } : { nullShapes },
  );
  // Step 2: its parts.
  let parts: ReturnType<typeof parseCircularText>;
  try {
    parts = parseCircularText(text);
  } catch (error) {
    if (!(error instanceof CircularTextError)) throw error;
    throw renderedTextError(input.template, error);
  }
  // Step 3: the attachment tables.
  const tableData: TableData = {
    stats: input.stats,
    rateDecimals: input.config.rateDecimals,
    ...(input.lists ? { lists: input.lists } : {}),
  };
  const attachments: Attachment[] = parts.attachments.map(({ key, title }) => {
    const attachment = buildAttachment(key, title, tableData);
    if (!attachment) {
      const line = templateLineOf(input.template.text, `【附件】${key}`);
      const where = line === undefined ? input.template.file : `${input.template.file} 第${line}行`;
      throw new TemplateError(
        input.template.file,
        line,
        `模板 ${where}：没有名为“${key}”的附件表格，可用：${attachmentKeys(tableData).join('、')}`,
      );
    }
    return attachment;
  });
  const colophon = input.config.colophon;
  const doc: CircularDocument = {
    title: parts.title,
    addressees: parts.addressees,
    body: parts.body,
    attachments,
    issuer: parts.issuer,
    dateText: parts.dateText,
    fonts: input.config.fonts,
    meta: {
      title: parts.title,
      subject: valueText(`${input.config.city}${subjectWhat(input.stats)}检查情况通报（${input.period.id}）`),
      creator: valueText(input.config.issuer),
      created: input.created ?? new Date(`${input.date}T00:00:00Z`),
    },
  };
  if (colophon) {
    doc.colophon = {
      printer: valueText(colophon.printer ?? input.config.issuer),
      printDateText: chineseDate(colophon.printDate ?? input.date),
      ...(colophon.cc ? { cc: valueText(colophon.cc) } : {}),
    };
  }
  return doc;
}
