/**
 * The attachment tables as data, before any output format: each table's columns (header and alignment)
 * and its rows of text, from a period's statistics. The Word layout (column widths in twips) is
 * attachment-tables.ts's; another output (a spreadsheet) would lay out the same tables its own way.
 */
import { quarterName } from '../domain/period.js';
import { isYearStats } from '../stats/compute-year-stats.js';
import type {
  AccountRef,
  FocusAccount,
  PeriodStats,
  QuarterFigures,
  UnqualifiedAccount,
} from '../stats/types.js';
import { changeText, quarterList } from './template-helpers.js';

/** A column of a table: its header, and whether its text is long free text (set left-aligned). */
export interface DataColumn {
  header: string;
  align?: 'left' | 'center';
}

/** A table: columns, rows of cell text, and what to show when it has no rows. */
export interface DataTable {
  columns: DataColumn[];
  rows: string[][];
  emptyText: string;
}

const columns = (headers: string, left: readonly string[] = []): DataColumn[] =>
  headers
    .split(' ')
    .map((header) =>
      left.includes(header) ? { header, align: 'left' as const } : { header, align: 'center' as const },
    );

/** The keys a template may name in `【附件】key 标题`, with their tables' columns. */
export const TABLE_COLUMNS = {
  unqualified: columns('序号 政务新媒体名称 平台类型 开设主体 存在问题', ['存在问题']),
  perfect: columns('序号 政务新媒体名称 平台类型 开设主体 所属地区'),
  reposting: columns('序号 政务新媒体名称 平台类型 开设主体 所属地区'),
  quarters: columns('季度 已备案 检查数 不合格数 合格率 较上季度'),
  problems: columns('序号 问题类型 问题类别 政务新媒体 开设主体'),
  focus: columns('序号 政务新媒体名称 平台类型 开设主体 不合格季度 存在问题', ['存在问题']),
  websiteUnqualified: columns('序号 网站名称 网站标识码 主办单位 存在问题', ['存在问题']),
  websiteProblems: columns('序号 问题类型 问题类别 网站名称 主办单位'),
} as const satisfies Record<string, DataColumn[]>;

/** A table's key. */
export type TableKey = keyof typeof TABLE_COLUMNS;

/** One problem category with its accounts, as `stats.problems.veto[]` / `.deductions[]` give it. */
interface ProblemCategoryRows {
  category: string;
  accounts: readonly { label: string; operator: string }[];
}

/**
 * The problems table: one row per category and account, the veto categories (单项否决) first, then the
 * deductions (扣分), each in the statistics' order; an account in two categories has two rows.
 */
function problemRows(problems: {
  veto: readonly ProblemCategoryRows[];
  deductions: readonly ProblemCategoryRows[];
}): string[][] {
  const rows: string[][] = [];
  const add = (kind: string, list: readonly ProblemCategoryRows[]) => {
    for (const c of list)
      for (const a of c.accounts) rows.push([String(rows.length + 1), kind, c.category, a.label, a.operator]);
  };
  add('单项否决', problems.veto);
  add('扣分', problems.deductions);
  return rows;
}

function platformText(a: AccountRef): string {
  return a.platform === '其他' && a.platformRaw && a.platformRaw !== '其他' ? a.platformRaw : a.platform;
}

function accountRows(list: readonly AccountRef[]): string[][] {
  return list.map((a, i) => [String(i + 1), a.name, platformText(a), a.operator, a.district]);
}

function unqualifiedRows(list: readonly UnqualifiedAccount[]): string[][] {
  return list.map((a, i) => [String(i + 1), a.name, platformText(a), a.operator, a.reasons.join('；')]);
}

/** The unqualified websites: name, 网站标识码 (— when the registry has none), 主办单位, what went wrong. */
function websiteUnqualifiedRows(list: readonly UnqualifiedAccount[]): string[][] {
  return list.map((a, i) => [String(i + 1), a.name, a.siteId ?? '—', a.operator, a.reasons.join('；')]);
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

/** A table's rows from a period's statistics; null when the data has no such table (the yearly tables of a quarter). */
const TABLE_ROWS: Record<TableKey, (stats: PeriodStats, rateDecimals: number) => string[][] | null> = {
  unqualified: (stats) => unqualifiedRows(stats.unqualified.accounts),
  perfect: (stats) => accountRows(stats.perfectScore.accounts),
  reposting: (stats) => accountRows(stats.reposting.accounts),
  quarters: (stats, decimals) => (isYearStats(stats) ? quarterRows(stats.quarters, decimals) : null),
  problems: (stats) => problemRows(stats.problems),
  focus: (stats) => (isYearStats(stats) ? focusRows(stats.focus.accounts) : null),
  // NOTE: the websites' tables exist only in a workspace with websites (`stats.websites` not null).
  websiteUnqualified: (stats) =>
    stats.websites && websiteUnqualifiedRows(stats.websites.unqualified.accounts),
  websiteProblems: (stats) => stats.websites && problemRows(stats.websites.problems),
};

/** Whether `key` names one of the tables (own keys only: `constructor` or `toString` is no table). */
export function isTableKey(key: string): key is TableKey {
  return Object.hasOwn(TABLE_ROWS, key);
}

/** The table `key` of a period's statistics; null when this data has no such table. */
export function dataTable(key: TableKey, stats: PeriodStats, rateDecimals = 1): DataTable | null {
  const rows = TABLE_ROWS[key](stats, rateDecimals);
  return rows === null ? null : { columns: [...TABLE_COLUMNS[key]], rows, emptyText: '无' };
}

/** The table keys this data has. */
export function tableKeys(stats: PeriodStats): TableKey[] {
  return (Object.keys(TABLE_ROWS) as TableKey[]).filter((key) => TABLE_ROWS[key](stats, 1) !== null);
}
