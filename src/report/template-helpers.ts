import { z } from 'zod';
import { chineseNumber } from '../domain/chinese-number.js';
import { formatRate } from '../domain/format-rate.js';
import {
  parsePeriod,
  periodNameOf,
  periodWord as periodWordOf,
  previousPeriodWord,
  quarterName,
} from '../domain/period.js';
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
export function quarterSentence(
  quarters: readonly QuarterRate[],
  decimals: number,
  noun: '政务新媒体' | '政府网站' = '政务新媒体',
): string {
  let first = true;
  const clauses = quarters.map((q) => {
    if (q.checked === 0) return `${quarterName(q.quarter)}未开展检查`;
    const what = first ? `检查${noun}` : '检查';
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

/** The period within its own text (`periodWord` of docs/templates.md): 本月, 本季度, 上半年 / 下半年, 全年. */
export function periodWord(id: string): string {
  const period = parsePeriod(id);
  return period ? periodWordOf(period) : '本期';
}

/** The previous period as a comparison names it: 上月, 上季度, 上年下半年 / 上半年, 上年. */
export function previousWord(id: string): string {
  const period = parsePeriod(id);
  return period ? previousPeriodWord(period) : '上期';
}

/** What a list helper needs of an account: its label, or its name and platform. */
interface Labelled {
  label?: unknown;
  name?: unknown;
  platform?: unknown;
}

/** An array, or the `accounts` of an `{ count, accounts }` list; anything else is empty. */
function accountsOf(value: unknown): Labelled[] {
  if (Array.isArray(value)) return value as Labelled[];
  if (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { accounts?: unknown }).accounts)
  )
    return (value as { accounts: Labelled[] }).accounts;
  return [];
}

/** An account's label as the circulars name it: its `label`, else `名称(平台)`. */
function labelOf(a: Labelled): string {
  if (typeof a.label === 'string' && a.label) return a.label;
  return accountLabel(String(a.name ?? ''), String(a.platform ?? ''));
}

/** The accounts as the circulars list them: `甲(微信公众号)、乙(微博)`. */
export function labelList(value: unknown): string {
  return accountsOf(value).map(labelOf).join('、');
}

/** How many items: the length of an array, the `count` of a list, 0 otherwise. */
export function countOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  const count = (value as { count?: unknown } | null)?.count;
  return typeof count === 'number' ? count : 0;
}

/** One month of checks as the per-month sentence needs it. */
interface MonthCount {
  month: string;
  kind: CheckKind;
  unqualified: number;
}

/**
 * Each check month's own result, as the circulars write it when a period had several checks:
 * `10月单否问题专项检查发现不合格12个，11月单否问题专项检查未发现不合格，12月全面检查发现不合格24个`.
 */
export function monthCounts(months: readonly MonthCount[]): string {
  return months
    .map(
      (m) =>
        `${chineseMonth(m.month)}${KIND_PHRASE[m.kind]}${m.unqualified > 0 ? `发现不合格${m.unqualified}个` : '未发现不合格'}`,
    )
    .join('，');
}

/** One level's figures (`stats.byLevel[]`). */
export interface LevelRate {
  level: string;
  checked: number;
  passRateText: string;
}

/** True when both levels (`city`, `district`) had checks, so a by-level sentence says something. */
export function bothLevels(rows: readonly LevelRate[]): boolean {
  return ['city', 'district'].every((level) => rows.some((r) => r.level === level && r.checked > 0));
}

/**
 * The by-level sentence: `市级部门单位政务新媒体合格率为98.6%，各市（县）区政府及其所属部门、街道政务新媒体
 * 合格率为99.7%`; empty unless both levels had checks.
 */
export function levelRates(rows: readonly LevelRate[], names: { city: string; district: string }): string {
  if (!bothLevels(rows)) return '';
  return (['city', 'district'] as const)
    .map((level) => {
      const row = rows.find((r) => r.level === level)!;
      return `${names[level]}政务新媒体合格率为${row.passRateText}`;
    })
    .join('，');
}

/** `['甲']` → 甲, `['甲', '乙']` → 甲和乙, `['甲', '乙', '丙']` → 甲、乙和丙 (the citations of `basis`). */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items.at(-1)}`;
}

/** Reads `path` of an object without failing on a missing step (for the tolerant helpers below). */
function dig(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * True when the statistics name any account with a problem: unqualified, in a veto or deduction
 * category, found unregistered, or failing twice in a row. The rectification request and the problems
 * table are written only then.
 */
export function hasProblems(stats: unknown): boolean {
  return (
    countOf(dig(stats, 'unqualified')) > 0 ||
    countOf(dig(stats, 'problems', 'veto')) > 0 ||
    countOf(dig(stats, 'problems', 'deductions')) > 0 ||
    countOf(dig(stats, 'unregistered')) > 0 ||
    countOf(dig(stats, 'followUp', 'repeated')) > 0
  );
}

/**
 * True when there is a follow-up to report: an account unqualified twice in a row, or a re-check of the
 * previous period's unqualified accounts that found some fixed or still failing. With `recheckOnly`,
 * the re-check alone counts.
 */
export function hasFollowUp(stats: unknown, recheckOnly = false): boolean {
  const recheck =
    countOf(dig(stats, 'followUp', 'recheck', 'fixed')) > 0 ||
    countOf(dig(stats, 'followUp', 'recheck', 'stillFailing')) > 0;
  return recheck || (!recheckOnly && countOf(dig(stats, 'followUp', 'repeated')) > 0);
}

/** What the text helpers need of the config's wording (a `Config['wording']` has it). */
export interface Wording {
  cityLevel: string;
  cityLevelShort: string;
  districtLevel: string;
}

const CITY_WORDING: Wording = {
  cityLevel: '市级部门单位',
  cityLevelShort: '市级部门',
  districtLevel: '各市（县）区政府及其所属部门、街道',
};

/**
 * The districts (and 市级, by its short name) whose checked accounts all passed, in the config's order:
 * `梁溪区、滨湖区、市级部门`; empty when none.
 */
export function fullDistricts(
  rows: readonly { district: string; checked: number; unqualified: number }[],
  wording: Wording = CITY_WORDING,
): string {
  return rows
    .filter((r) => r.checked > 0 && r.unqualified === 0)
    .map((r) => (r.district === CITY_LEVEL ? wording.cityLevelShort : r.district))
    .join('、');
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
const record = z.record(z.string(), z.unknown());
const account = z.union([
  z.object({ label: z.string().min(1) }),
  z.object({ name: z.string(), platform: z.string() }),
]);
const accountList = z.union([z.array(account), z.object({ accounts: z.array(account) })]);
const countable = z.union([z.array(z.unknown()), z.object({ count })]);
/** A period id of every kind: 2022, 2022Q4, 2022H1, 2022-12. */
const periodId = z.string().regex(/^\d{4}(Q[1-4]|H[12]|-(0[1-9]|1[0-2]))?$/i);
/**
 * The statistics object (`stats`, or `stats.websites`), told apart from any other group of data by its
 * lists; null is `stats.websites` in a workspace without websites, which has no problems.
 */
const statsArg = z.looseObject({ unqualified: countable, followUp: record }).nullable();
const levelRows = z.array(z.object({ level: z.string(), checked: count, passRateText: z.string() }));

/** The circular's template functions (docs/templates.md, 函数), with the rate decimals of the config. */
export function helperSpecs(
  rateDecimals: number,
  wording: Wording = CITY_WORDING,
): Record<string, HelperSpec> {
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
      z.union([z.tuple([quarterRows]), z.tuple([quarterRows, z.enum(['政务新媒体', '政府网站'])])]),
      ([quarters, noun]) => quarterSentence(quarters, rateDecimals, noun),
      '{{quarterSentence stats.quarters}}',
      '各季度的列表（stats.quarters 或 stats.websites.quarters），可再写“政府网站”',
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
      ([rows]) => districtRates(rows, CITY_LEVEL, wording.cityLevelShort),
      '{{districtRates stats.byDistrict}}',
      '各地区的列表（stats.byDistrict）',
    ),
    periodName: helper(
      z.tuple([periodId]),
      ([id]) => periodNameOf(id),
      '{{periodName period.id}}',
      '期间代号，如 2022Q4（写 period.id）',
    ),
    periodWord: helper(
      z.tuple([periodId]),
      ([id]) => periodWord(id),
      '{{periodWord period.id}}',
      '期间代号，如 2022Q4（写 period.id）',
    ),
    previousWord: helper(
      z.tuple([periodId]),
      ([id]) => previousWord(id),
      '{{previousWord period.id}}',
      '期间代号，如 2022Q4（写 period.id）',
    ),
    labels: helper(
      z.tuple([accountList]),
      ([list]) => labelList(list),
      '{{labels stats.unqualified}}',
      '账号的列表（每项有 label，或有 name 和 platform）',
    ),
    countOf: helper(
      z.tuple([countable]),
      ([list]) => countOf(list),
      '{{countOf stats.unqualified}}',
      '一个列表',
    ),
    joinList: helper(
      z.tuple([z.union([z.array(z.string()), z.string()])]),
      ([items]) => (Array.isArray(items) ? joinList(items) : items),
      '{{joinList basis}}',
      '文字的列表',
    ),
    hasProblems: helper(
      z.tuple([statsArg]),
      ([stats]) => hasProblems(stats),
      '(hasProblems stats) 或 (hasProblems stats.websites)',
      '统计数据 stats 或 stats.websites（不是其中的一项）',
    ),
    hasFollowUp: helper(
      z.union([z.tuple([statsArg]), z.tuple([statsArg, z.boolean()])]),
      ([stats, recheckOnly]) => hasFollowUp(stats, recheckOnly === true),
      '(hasFollowUp stats) 或 (hasFollowUp stats true)',
      '统计数据 stats 或 stats.websites（不是其中的一项），可再加 true',
    ),
    monthCounts: helper(
      z.tuple([z.array(z.object({ month: monthId, kind: checkKind, unqualified: count }))]),
      ([months]) => monthCounts(months),
      '{{monthCounts stats.months}}',
      '检查月份的列表（stats.months）',
    ),
    bothLevels: helper(
      z.tuple([levelRows]),
      ([rows]) => bothLevels(rows),
      '(bothLevels stats.byLevel)',
      '各层级的列表（stats.byLevel）',
    ),
    levelRates: helper(
      z.tuple([levelRows]),
      ([rows]) => levelRates(rows, { city: wording.cityLevel, district: wording.districtLevel }),
      '{{levelRates stats.byLevel}}',
      '各层级的列表（stats.byLevel）',
    ),
    fullDistricts: helper(
      z.tuple([z.array(z.object({ district: z.string(), checked: count, unqualified: count }))]),
      ([rows]) => fullDistricts(rows, wording),
      '{{fullDistricts stats.byDistrict}}',
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
export function districtRates(
  rows: readonly DistrictRate[],
  cityLevel = CITY_LEVEL,
  cityLevelName = '市级部门',
): string {
  return rankDistricts(rows, cityLevel)
    .map((g) => `${g.cityLevel ? cityLevelName : g.districts.join('、')}合格率为${g.passRateText}`)
    .join('，');
}
