import type { AccountRef, PeriodStats, UnqualifiedAccount } from '../stats/types.js';
import type { Attachment, TableColumn } from './document-model.js';

/** The 版心 width in twips; attachment columns sum to it. */
export const TEXT_WIDTH_TWIPS = 8845;

const UNQUALIFIED_COLUMNS: TableColumn[] = [
  { header: '序号', width: 700, align: 'center' },
  { header: '政务新媒体名称', width: 1900 },
  { header: '平台类型', width: 1300, align: 'center' },
  { header: '开设主体', width: 2300 },
  { header: '存在问题', width: 2645 },
];

const ACCOUNT_COLUMNS: TableColumn[] = [
  { header: '序号', width: 800, align: 'center' },
  { header: '政务新媒体名称', width: 2600 },
  { header: '平台类型', width: 1600, align: 'center' },
  { header: '开设主体', width: 2845 },
  { header: '所属地区', width: 1000, align: 'center' },
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

/** What the tables may be built from: a period's statistics (a yearly report adds its own lists). */
export interface TableData {
  stats: PeriodStats;
  /** Extra account lists a template may refer to by key (e.g. the yearly 重点关注 list). */
  lists?: Record<string, { columns: TableColumn[]; rows: string[][] }>;
}

/** The attachment tables a template may name in `【附件】key 标题`. */
export const ATTACHMENT_TABLES: Record<string, (data: TableData) => Omit<Attachment, 'title'>> = {
  unqualified: ({ stats }) => ({ columns: UNQUALIFIED_COLUMNS, rows: unqualifiedRows(stats.unqualified.accounts), emptyText: '无' }),
  perfect: ({ stats }) => ({ columns: ACCOUNT_COLUMNS, rows: accountRows(stats.perfectScore.accounts), emptyText: '无' }),
  reposting: ({ stats }) => ({ columns: ACCOUNT_COLUMNS, rows: accountRows(stats.reposting.accounts), emptyText: '无' }),
};

/** Builds an attachment from its key; null when the key is unknown. */
export function buildAttachment(key: string, title: string, data: TableData): Attachment | null {
  const own = data.lists?.[key];
  if (own) return { title, ...own, emptyText: '无' };
  const build = ATTACHMENT_TABLES[key];
  return build ? { title, ...build(data) } : null;
}

/** The keys a template may use, for messages. */
export function attachmentKeys(data: TableData): string[] {
  return [...Object.keys(ATTACHMENT_TABLES), ...Object.keys(data.lists ?? {})];
}
