import { z } from 'zod';
import { chineseNumber } from '../domain/chinese-number.js';
import { formatRate } from '../domain/format-rate.js';
import { quarterName } from '../domain/period.js';
import { accountLabel } from '../domain/platform-buckets.js';
import type { CheckKind } from '../domain/vocabulary.js';
import { CITY_LEVEL } from '../domain/vocabulary.js';
import { type DistrictRate, rankDistricts } from '../stats/rank-districts.js';

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

/** A quarter number (4) or id (`2022Q4`) → its number. */
function quarterNumber(value: number | string): number {
  return typeof value === 'number' ? value : Number(value.slice(-1));
}

/**
 * A template function: `call` checks the arguments against a zod tuple (so their count too) and runs the
 * function, or says the arguments are wrong; `usage` shows how a call is written, `expects` what the
 * arguments must be (both for the message). NOTE: the function only ever sees arguments that passed
 * the schema; a bad call is an error naming the line, never 第NaN季度 or `undefined` in the text.
 */
export interface HelperSpec {
  call: (args: readonly unknown[]) => { ok: true; value: unknown } | { ok: false };
  usage: string;
  expects: string;
}

function helper<A extends readonly unknown[]>(
  schema: z.ZodType<A>,
  run: (args: A) => unknown,
  usage: string,
  expects: string,
): HelperSpec {
  const call = (args: readonly unknown[]) => {
    const parsed = schema.safeParse(args);
    return parsed.success ? { ok: true as const, value: run(parsed.data) } : { ok: false as const };
  };
  return { call, usage, expects };
}

const quarterArg = z.union([z.number().int().min(1).max(4), z.string().regex(/^\d{4}Q[1-4]$/i)]);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return m >= 1 && m <= 12 && day >= 1 && day <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  });
const monthId = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const checkKind = z.enum(['单否专项检查', '全面检查']);
const finite = z.number().refine(Number.isFinite);
const count = z.number().int().min(0);
const monthRows = z.array(z.object({ month: monthId, kind: checkKind }));
const quarterRows = z.array(
  z.object({
    quarter: z.number().int().min(1).max(4),
    checked: count,
    unqualified: count,
    passRateText: z.string(),
    passRateChange: finite.nullable(),
  }),
);
const districtRows = z.array(
  z.object({
    district: z.string(),
    checked: count,
    passRate: z.number().min(0).max(1).nullable(),
    passRateText: z.string(),
  }),
);
const anything = z.unknown();

/** The circular's template functions (docs/templates.md, 函数), with the rate decimals of the config. */
export function helperSpecs(rateDecimals: number): Record<string, HelperSpec> {
  return {
    quarterName: helper(
      z.tuple([quarterArg]),
      ([q]) => quarterName(quarterNumber(q)),
      '{{quarterName period.quarter}}',
      '1 到 4 的季度数字，或 2022Q4 这样的期间',
    ),
    chineseNumber: helper(
      z.tuple([z.number().int().min(0).max(99)]),
      ([n]) => chineseNumber(n),
      '{{chineseNumber 3}}',
      '0 到 99 的整数',
    ),
    date: helper(z.tuple([isoDate]), ([d]) => chineseDate(d), '{{date date}}', '2022-12-31 这样的日期'),
    month: helper(z.tuple([monthId]), ([m]) => chineseMonth(m), '{{month this.month}}', '2022-10 这样的月份'),
    rate: helper(
      z.tuple([z.number().min(0).max(1).nullable()]),
      ([r]) => formatRate(r, rateDecimals),
      '{{rate stats.passRate}}',
      '0 到 1 之间的比率（如 stats.passRate）',
    ),
    label: helper(
      z.tuple([z.object({ name: z.string(), platform: z.string() })]),
      ([a]) => accountLabel(a.name, a.platform),
      '{{label stats.unqualified.accounts.[0]}}',
      '一个账号（有 name 和 platform）',
    ),
    monthsSentence: helper(
      z.tuple([monthRows]),
      ([months]) => monthsSentence(months),
      '{{monthsSentence stats.months}}',
      '检查月份的列表（stats.months）',
    ),
    change: helper(
      z.tuple([finite.nullable()]),
      ([points]) => changeText(points, rateDecimals),
      '{{change stats.previous.passRateChange}}',
      '百分点变化的数字',
    ),
    quarterSentence: helper(
      z.tuple([quarterRows]),
      ([quarters]) => quarterSentence(quarters, rateDecimals),
      '{{quarterSentence stats.quarters}}',
      '各季度的列表（stats.quarters）',
    ),
    countKind: helper(
      z.tuple([z.array(z.object({ kind: checkKind })), checkKind]),
      ([months, kind]) => months.filter((m) => m.kind === kind).length,
      '{{countKind stats.months "全面检查"}}',
      '检查月份的列表（stats.months）和检查类型“单否专项检查”或“全面检查”',
    ),
    quarterList: helper(
      z.tuple([z.array(z.string().regex(/^\d{4}Q[1-4]$/i))]),
      ([periods]) => quarterList(periods),
      '{{quarterList this.quarters}}',
      '2022Q1 这样的季度列表',
    ),
    districtRates: helper(
      z.tuple([districtRows]),
      ([rows]) => districtRates(rows),
      '{{districtRates stats.byDistrict}}',
      '各地区的列表（stats.byDistrict）',
    ),
    eq: helper(z.tuple([anything, anything]), ([a, b]) => a === b, '(eq a b)', '两个值'),
    gt: helper(z.tuple([finite, finite]), ([a, b]) => a > b, '(gt a b)', '两个数字'),
    lt: helper(z.tuple([finite, finite]), ([a, b]) => a < b, '(lt a b)', '两个数字'),
    and: helper(z.tuple([anything, anything]), ([a, b]) => Boolean(a) && Boolean(b), '(and a b)', '两个条件'),
    or: helper(z.tuple([anything, anything]), ([a, b]) => Boolean(a) || Boolean(b), '(or a b)', '两个条件'),
    not: helper(z.tuple([anything]), ([a]) => !a, '(not a)', '一个条件'),
    isNumber: helper(
      z.tuple([anything]),
      ([v]) => typeof v === 'number' && Number.isFinite(v),
      '(isNumber x)',
      '一个值',
    ),
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
