import { formatRate } from '../domain/format-rate.js';
import { accountLabel } from '../domain/platform-buckets.js';
import type { CheckKind } from '../domain/vocabulary.js';
import { CITY_LEVEL } from '../domain/vocabulary.js';
import { type DistrictRate, rankDistricts } from '../stats/rank-districts.js';

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

/** `['2022Q1', '2022Q3']` → 第一、三季度. */
export function quarterList(periods: readonly string[]): string {
  const numbers = periods.map((p) => Number(p.slice(-1)));
  const [first, ...rest] = numbers;
  if (first === undefined) return '';
  return (
    [quarterName(first).replace(/季度$/, ''), ...rest.map((q) => quarterName(q).slice(1, -2))].join('、') +
    '季度'
  );
}

/** What the quarter sentence needs of a quarter (a `QuarterFigures` has it). */
export interface QuarterRate {
  quarter: number;
  checked: number;
  unqualified: number;
  passRateText: string;
  passRateChange: number | null;
}

/**
 * The yearly report's sentence on the quarters, each against the one before:
 * `第一季度检查政务新媒体430个，不合格6个，合格率为98.6%；第二季度检查432个，均合格，合格率为100%，
 * 较上季度提升1.4个百分点；第三季度未开展检查；…`.
 */
export function quarterSentence(quarters: readonly QuarterRate[], decimals: number): string {
  let first = true;
  const clauses = quarters.map((q) => {
    if (q.checked === 0) return `${quarterName(q.quarter)}未开展检查`;
    const what = first ? '检查政务新媒体' : '检查';
    first = false;
    const failed = q.unqualified > 0 ? `不合格${q.unqualified}个` : '均合格';
    const change =
      q.passRateChange === null
        ? ''
        : q.passRateChange === 0
          ? '，与上季度持平'
          : `，较上季度${changeText(q.passRateChange, decimals)}`;
    return `${quarterName(q.quarter)}${what}${q.checked}个，${failed}，合格率为${q.passRateText}${change}`;
  });
  return clauses.join('；');
}

/** A quarter number (4) or id (`2022Q4`) → its number; NaN otherwise. */
function quarterNumber(value: unknown): number {
  if (typeof value === 'string') {
    const m = /Q([1-4])$/i.exec(value);
    if (m) return Number(m[1]);
  }
  return Number(value);
}

/** Registers the circular's helpers on a Handlebars environment. */
export function templateHelpers(rateDecimals: number): Record<string, (...args: unknown[]) => unknown> {
  const text = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
  return {
    quarterName: (q: unknown) => quarterName(quarterNumber(q)),
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
    quarterSentence: (quarters: unknown) =>
      Array.isArray(quarters) ? quarterSentence(quarters as QuarterRate[], rateDecimals) : '',
    countKind: (months: unknown, kind: unknown) =>
      Array.isArray(months)
        ? months.filter((m) => (m as { kind?: unknown } | null)?.kind === kind).length
        : 0,
    quarterList: (periods: unknown) => (Array.isArray(periods) ? quarterList(periods.map(text)) : ''),
    districtRates: (rows: unknown) => (Array.isArray(rows) ? districtRates(rows as DistrictRate[]) : ''),
    eq: (a: unknown, b: unknown) => a === b,
    gt: (a: unknown, b: unknown) => Number(a) > Number(b),
    lt: (a: unknown, b: unknown) => Number(a) < Number(b),
    and: (a: unknown, b: unknown) => Boolean(a) && Boolean(b),
    or: (a: unknown, b: unknown) => Boolean(a) || Boolean(b),
    not: (a: unknown) => !a,
    isNumber: (v: unknown) => typeof v === 'number' && Number.isFinite(v),
  };
}

export type { DistrictRate };

/**
 * The per-district sentence, ranked by `rankDistricts` (the one ranking rule), 市级 named 市级部门:
 * `梁溪区、滨湖区合格率为100%，江阴市合格率为99.2%，市级部门合格率为98.6%`.
 */
export function districtRates(rows: readonly DistrictRate[], cityLevel = CITY_LEVEL): string {
  return rankDistricts(rows, cityLevel)
    .map((g) => `${g.cityLevel ? '市级部门' : g.districts.join('、')}合格率为${g.passRateText}`)
    .join('，');
}
