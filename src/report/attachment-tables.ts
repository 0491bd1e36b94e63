import { quarterName } from '../domain/period.js';
import { isYearStats } from '../stats/compute-year-stats.js';
import type {
  AccountRef,
  FocusAccount,
  PeriodStats,
  QuarterFigures,
  UnqualifiedAccount,
} from '../stats/types.js';
import type { Attachment, TableColumn } from './document-model.js';

import { valueText } from './literal-text.js';
import { changeText, quarterList } from './template-helpers.js';

/** The 版心 width in twips; attachment columns sum to it. */
export const TEXT_WIDTH_TWIPS = 8845;

// NOTE: widths are twips at 小四 (240 a character) plus 170 of cell margins: 平台类型 must hold 微信公众号
// and 所属地区 经济开发区 on one line, 开设主体 a 12-character unit name; long free text is left-aligned.
const UNQUALIFIED_COLUMNS: TableColumn[] = [
  { header: '序号', width: 700, align: 'center' },
  { header: '政务新媒体名称', width: 1800 },
  { header: '平台类型', width: 1400, align: 'center' },
  { header: '开设主体', width: 2300 },
  { header: '存在问题', width: 2645, align: 'left' },
];

const ACCOUNT_COLUMNS: TableColumn[] = [
  { header: '序号', width: 700, align: 'center' },
  { header: '政务新媒体名称', width: 2100 },
  { header: '平台类型', width: 1400, align: 'center' },
  { header: '开设主体', width: 3245 },
  { header: '所属地区', width: 1400, align: 'center' },
];

const QUARTER_COLUMNS: TableColumn[] = [
  { header: '季度', width: 1545, align: 'center' },
  { header: '已备案', width: 1300, align: 'center' },
  { header: '检查数', width: 1300, align: 'center' },
  { header: '不合格数', width: 1300, align: 'center' },
  { header: '合格率', width: 1300, align: 'center' },
  { header: '较上季度', width: 2100, align: 'center' },
];

const FOCUS_COLUMNS: TableColumn[] = [
  { header: '序号', width: 600, align: 'center' },
  { header: '政务新媒体名称', width: 1600 },
  { header: '平台类型', width: 1400, align: 'center' },
  { header: '开设主体', width: 2000 },
  { header: '不合格季度', width: 1300, align: 'center' },
  { header: '存在问题', width: 1945, align: 'left' },
];

function platformText(a: AccountRef): string {
  return a.platform === '其他' && a.platformRaw && a.platformRaw !== '其他' ? a.platformRaw : a.platform;
}

function accountRows(list: readonly AccountRef[]): string[][] {
  return list.map((a, i) => [String(i + 1), a.name, platformText(a), a.operator, a.district]);
}

function unqualifiedRows(list: readonly UnqualifiedAccount[]): string[][] {
  return list.map((a, i) => [String(i + 1), a.name, platformText(a), a.operator, a.reasons.join('；')]);
}

function quarterRows(list: readonly QuarterFigures[], decimals: number): string[][] {
  return list.map((q) => [
    quarterName(q.quarter),
    String(q.registered),
    q.checked === 0 ? '未检查' : String(q.checked),
    q.checked === 0 ? '—' : String(q.unqualified),
    q.passRateText,
    q.passRateChange === null ? '—' : changeText(q.passRateChange, decimals),
  ]);
}

function focusRows(list: readonly FocusAccount[]): string[][] {
  return list.map((a, i) => [
    String(i + 1),
    a.name,
    platformText(a),
    a.operator,
    quarterList(a.quarters),
    a.reasons.join('；'),
  ]);
}

/** What the tables may be built from: a period's statistics (a yearly report adds its own lists). */
export interface TableData {
  stats: PeriodStats;
  /** Decimals of a printed rate change (the config's `rateDecimals`). */
  rateDecimals?: number;
  /** Extra account lists a template may refer to by key (e.g. the yearly 重点关注 list). */
  lists?: Record<string, { columns: TableColumn[]; rows: string[][] }>;
}

/** A table builder; null when the data has no such table (the yearly tables of a quarter's statistics). */
type TableBuilder = (data: TableData) => Omit<Attachment, 'title'> | null;

/**
 * The attachment tables a template may name in `【附件】key 标题`. The yearly keys (`quarters`, `focus`)
 * exist only for a year's statistics.
 */
export const ATTACHMENT_TABLES: Record<string, TableBuilder> = {
  unqualified: ({ stats }) => ({
    columns: UNQUALIFIED_COLUMNS,
    rows: unqualifiedRows(stats.unqualified.accounts),
    emptyText: '无',
  }),
  perfect: ({ stats }) => ({
    columns: ACCOUNT_COLUMNS,
    rows: accountRows(stats.perfectScore.accounts),
    emptyText: '无',
  }),
  reposting: ({ stats }) => ({
    columns: ACCOUNT_COLUMNS,
    rows: accountRows(stats.reposting.accounts),
    emptyText: '无',
  }),
  quarters: ({ stats, rateDecimals }) =>
    isYearStats(stats)
      ? { columns: QUARTER_COLUMNS, rows: quarterRows(stats.quarters, rateDecimals ?? 1), emptyText: '无' }
      : null,
  focus: ({ stats }) =>
    isYearStats(stats)
      ? { columns: FOCUS_COLUMNS, rows: focusRows(stats.focus.accounts), emptyText: '无' }
      : null,
};

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
  const table = Object.hasOwn(ATTACHMENT_TABLES, key) ? ATTACHMENT_TABLES[key]?.(data) : undefined;
  return table ? { title, ...table } : null;
}

/** The keys a template may use with this data, for messages. */
export function attachmentKeys(data: TableData): string[] {
  const own = Object.keys(ATTACHMENT_TABLES).filter((key) => ATTACHMENT_TABLES[key]?.(data) !== null);
  return [...own, ...Object.keys(data.lists ?? {})];
}
