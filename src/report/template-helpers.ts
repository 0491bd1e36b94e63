import type { CheckKind } from '../checks/check-record.js';
import { formatRate } from '../domain/format-rate.js';
import { accountLabel } from '../domain/platform-buckets.js';

const CHINESE_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一 … 99 → 九十九 (enough for headings and quarters). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n <= 10) return CHINESE_NUMERALS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_NUMERALS[tens]}十${ones === 0 ? '' : CHINESE_NUMERALS[ones]}`;
}

/** 4 → 第四季度. */
export function quarterName(quarter: number): string {
  return `第${chineseNumber(quarter)}季度`;
}

/** `2022-12-31` → 2022年12月31日 (Arabic digits, no zero padding, as GB/T 9704 wants). */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** `2022-10` → 10月. */
export function chineseMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${Number(m[2])}月` : month;
}

/** How the text names each kind of check. */
const KIND_PHRASE: Record<CheckKind, string> = {
  单否专项检查: '单否问题专项检查',
  全面检查: '全面检查',
};

/** 10月 / 10月和11月 / 7月、8月和9月. */
function joinMonths(months: readonly string[]): string {
  const names = months.map(chineseMonth);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join('、')}和${names.at(-1)}`;
}

/**
 * The months sentence built from `months[]`: consecutive months of the same kind are grouped:
 * `于10月和11月分别开展了单否问题专项检查，12月开展了全面检查`.
 */
export function monthsSentence(months: readonly { month: string; kind: CheckKind }[]): string {
  const groups: { kind: CheckKind; months: string[] }[] = [];
  for (const m of months) {
    const last = groups.at(-1);
    if (last && last.kind === m.kind) last.months.push(m.month);
    else groups.push({ kind: m.kind, months: [m.month] });
  }
  const clauses = groups.map(
    (g) => `${joinMonths(g.months)}${g.months.length > 1 ? '分别' : ''}开展了${KIND_PHRASE[g.kind]}`,
  );
  return clauses.length === 0 ? '' : `于${clauses.join('，')}`;
}

/** Percentage-point change as the circulars word it: 提升0.4个百分点 / 下降1.2个百分点 / 与上期持平. */
export function changeText(points: number | null, decimals: number): string {
  if (points === null) return '';
  if (points === 0) return '持平';
  const abs = Math.abs(points).toFixed(decimals).replace(/\.0+$/, '');
  return `${points > 0 ? '提升' : '下降'}${abs}个百分点`;
}

/** Registers the circular's helpers on a Handlebars environment. */
export function templateHelpers(rateDecimals: number): Record<string, (...args: unknown[]) => unknown> {
  const text = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
  return {
    quarterName: (q: unknown) => quarterName(Number(q)),
    chineseNumber: (n: unknown) => chineseNumber(Number(n)),
    date: (d: unknown) => chineseDate(text(d)),
    month: (m: unknown) => chineseMonth(text(m)),
    rate: (r: unknown) => formatRate(typeof r === 'number' ? r : null, rateDecimals),
    label: (a: unknown) => {
      const acc = a as { name?: unknown; platform?: unknown } | null;
      return acc ? accountLabel(text(acc.name), text(acc.platform)) : '';
    },
    monthsSentence: (months: unknown) =>
      Array.isArray(months) ? monthsSentence(months as { month: string; kind: CheckKind }[]) : '',
    change: (points: unknown) => changeText(typeof points === 'number' ? points : null, rateDecimals),
    districtRates: (rows: unknown) => (Array.isArray(rows) ? districtRates(rows as DistrictRate[]) : ''),
    eq: (a: unknown, b: unknown) => a === b,
    gt: (a: unknown, b: unknown) => Number(a) > Number(b),
    lt: (a: unknown, b: unknown) => Number(a) < Number(b),
    and: (a: unknown, b: unknown) => Boolean(a) && Boolean(b),
    or: (a: unknown, b: unknown) => Boolean(a) || Boolean(b),
    not: (a: unknown) => !a,
  };
}

/** One row of a per-district rate table. */
export interface DistrictRate {
  district: string;
  checked: number;
  passRate: number | null;
  passRateText: string;
}

/**
 * Districts ranked by pass rate, high to low, equal printed rates grouped, 市级 last (as 市级部门):
 * `梁溪区、滨湖区合格率为100%，江阴市合格率为99.2%，市级部门合格率为98.6%`.
 */
export function districtRates(rows: readonly DistrictRate[], cityLevel = '市级'): string {
  const checked = rows.filter((r) => r.checked > 0 && r.passRate !== null);
  const ranked = checked
    .filter((r) => r.district !== cityLevel)
    .sort((a, b) => (b.passRate ?? 0) - (a.passRate ?? 0));
  const groups: { text: string; names: string[] }[] = [];
  for (const r of ranked) {
    const last = groups.at(-1);
    if (last && last.text === r.passRateText) last.names.push(r.district);
    else groups.push({ text: r.passRateText, names: [r.district] });
  }
  const city = checked.find((r) => r.district === cityLevel);
  if (city) groups.push({ text: city.passRateText, names: ['市级部门'] });
  return groups.map((g) => `${g.names.join('、')}合格率为${g.text}`).join('，');
}
