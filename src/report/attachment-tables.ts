/**
 * The attachment tables as the Word document lays them out: the tables of tables.ts, each column given
 * its width in twips, sized for 小四 text in a table as wide as the 版心. The template names a table by
 * its key in `【附件】key 标题`; a script may add tables of its own (`lists`), with their widths.
 */
import type { PeriodStats } from '../stats/types.js';
import type { Attachment, TableColumn } from './document-model.js';
import { valueText } from './literal-text.js';
import { type DataTable, dataTable, isTableKey, type TableKey, tableKeys } from './tables.js';

// NOTE: widths are twips at 小四 (240 a character) plus 170 of cell margins: 平台类型 must hold 微信公众号
// and 所属地区 经济开发区 on one line, 开设主体 a 12-character unit name; long free text is left-aligned.
const WORD_WIDTHS: Record<TableKey, readonly number[]> = {
  unqualified: [700, 1800, 1400, 2300, 2645],
  perfect: [700, 2100, 1400, 3245, 1400],
  reposting: [700, 2100, 1400, 3245, 1400],
  quarters: [1545, 1300, 1300, 1300, 1300, 2100],
  problems: [700, 1250, 1900, 2600, 2395],
  focus: [600, 1600, 1400, 2000, 1300, 1945],
  // 网站标识码 holds ten digits on one line; a website's name runs longer than an account's.
  websiteUnqualified: [700, 2600, 1500, 2000, 2045],
  websiteProblems: [700, 1250, 1900, 2800, 2195],
};

/** What the tables may be built from: a period's statistics (a script may add its own tables). */
export interface TableData {
  stats: PeriodStats;
  /** Decimals of a printed rate change (the config's `rateDecimals`). */
  rateDecimals?: number;
  /** Extra tables a template may refer to by key (e.g. a script's own list), laid out as given. */
  lists?: Record<string, { columns: TableColumn[]; rows: string[][] }>;
}

/** A table laid out for Word: each column its width. */
function wordTable(key: TableKey, table: DataTable): Omit<Attachment, 'title'> {
  const widths = WORD_WIDTHS[key];
  return {
    // The widths' table and the columns' table have the same keys and lengths (tested).
    columns: table.columns.map((column, i) => ({ ...column, width: widths[i] ?? 0 })),
    rows: table.rows,
    emptyText: table.emptyText,
  };
}

/** Builds an attachment from its key; null when the key is unknown or has no table for this data. */
export function buildAttachment(key: string, title: string, data: TableData): Attachment | null {
  const built = findAttachment(key, title, data);
  // A cell is one line of text, whatever line breaks its value held (docs/templates.md).
  return built && { ...built, rows: built.rows.map((row) => row.map(valueText)) };
}

function findAttachment(key: string, title: string, data: TableData): Attachment | null {
  // NOTE: own keys only: `constructor` or `toString` is no table (they are on every object's prototype).
  const own = data.lists && Object.hasOwn(data.lists, key) ? data.lists[key] : undefined;
  if (own) return { title, ...own, emptyText: '无' };
  if (!isTableKey(key)) return null;
  const table = dataTable(key, data.stats, data.rateDecimals ?? 1);
  return table ? { title, ...wordTable(key, table) } : null;
}

/** The keys a template may use with this data, for messages. */
export function attachmentKeys(data: TableData): string[] {
  return [...tableKeys(data.stats), ...Object.keys(data.lists ?? {})];
}

/** The Word widths of every table, by key (for the test that every column has one). */
export const WORD_TABLE_WIDTHS: Readonly<Record<TableKey, readonly number[]>> = WORD_WIDTHS;
