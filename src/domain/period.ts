/**
 * Periods, the one home of their arithmetic and their names: months `YYYY-MM`, quarters `YYYYQn`,
 * half years `YYYYH1` / `YYYYH2` and years `YYYY`.
 * Months are `YYYY-MM` strings and dates `YYYY-MM-DD` strings, which sort and compare as text.
 *
 * NOTE: `Period` is a closed union on `kind`. Every function that depends on the kind switches over it
 * and ends in `assertNever`, so a new kind (a month, a half year) does not compile until each of them
 * — and each `Record<PeriodKind, …>` elsewhere — says what it means for that kind.
 */
import { chineseNumber } from './chinese-number.js';

/** What every period has. */
interface PeriodBase {
  /** `2023-09`, `2022Q4`, `2022H1` or `2022`. */
  id: string;
  year: number;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD` (the statistics' `asOf`). */
  end: string;
  /** The months of the period, `YYYY-MM`, in order. */
  months: string[];
}

/** A calendar month, `2023-09`: its id is the month's own `YYYY-MM`. */
export interface MonthPeriod extends PeriodBase {
  kind: 'month';
  /** 1–12. */
  month: number;
}

/** A quarter, `2022Q4`. */
export interface QuarterPeriod extends PeriodBase {
  kind: 'quarter';
  /** 1–4. */
  quarter: number;
}

/** A half year, `2022H1` (January–June) or `2022H2` (July–December). */
export interface HalfYearPeriod extends PeriodBase {
  kind: 'half';
  /** 1 or 2. */
  half: 1 | 2;
}

/** A calendar year, `2022`. */
export interface YearPeriod extends PeriodBase {
  kind: 'year';
}

/** A reporting period: one of the kinds above, told apart by `kind`. */
export type Period = MonthPeriod | QuarterPeriod | HalfYearPeriod | YearPeriod;
/** The kinds of period, `'month' | 'quarter' | 'half' | 'year'`. */
export type PeriodKind = Period['kind'];

/** Ends an exhaustive `switch`: it does not compile while a case is missing. */
export function assertNever(value: never): never {
  throw new Error(`未知的期间类型：${JSON.stringify(value)}`);
}

/** `2023-09`, also `2023-9` (as `--date` takes `2023-1-9`). */
const MONTH = /^(\d{4})-(0?[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})Q([1-4])$/;
const HALF = /^(\d{4})H([12])$/;
const YEAR = /^(\d{4})$/;

/** Pads a number to two digits. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM` of a year and month. */
export function monthId(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/** Number of days of a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTH_ENDS = new Map<string, string>();

/** The last day `YYYY-MM-DD` of a month `YYYY-MM`, cached (the checks' linking asks once per row). */
export function monthEnd(month: string): string {
  let end = MONTH_ENDS.get(month);
  if (end === undefined) {
    const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    end = `${month}-${String(days).padStart(2, '0')}`;
    MONTH_ENDS.set(month, end);
  }
  return end;
}

/** The months, first day and last day of `count` months from `firstMonth` of `year`. */
function span(year: number, firstMonth: number, count: number): Pick<PeriodBase, 'start' | 'end' | 'months'> {
  const months: string[] = [];
  for (let m = firstMonth; m < firstMonth + count; m++) months.push(monthId(year, m));
  const lastMonth = firstMonth + count - 1;
  return {
    start: `${monthId(year, firstMonth)}-01`,
    end: `${monthId(year, lastMonth)}-${pad2(daysInMonth(year, lastMonth))}`,
    months,
  };
}

/** The month `month` (1–12) of `year`. */
function monthPeriod(year: number, month: number): MonthPeriod {
  return { id: monthId(year, month), kind: 'month', year, month, ...span(year, month, 1) };
}

/** The quarter `quarter` (1–4) of `year`. */
function quarterPeriod(year: number, quarter: number): QuarterPeriod {
  return {
    id: `${year}Q${quarter}`,
    kind: 'quarter',
    year,
    quarter,
    ...span(year, (quarter - 1) * 3 + 1, 3),
  };
}

/** The half `half` (1 or 2) of `year`. */
function halfYearPeriod(year: number, half: 1 | 2): HalfYearPeriod {
  return { id: `${year}H${half}`, kind: 'half', year, half, ...span(year, half === 1 ? 1 : 7, 6) };
}

/** The calendar year `year`. */
function yearPeriod(year: number): YearPeriod {
  return { id: String(year), kind: 'year', year, ...span(year, 1, 12) };
}

/** Parses `2023-09` (or `2023-9`) into a month; null when it is not one. */
export function parseMonth(text: string): MonthPeriod | null {
  const m = MONTH.exec(text.trim());
  if (!m) return null;
  return monthPeriod(Number(m[1]), Number(m[2]));
}

/** Parses `2022Q4` (case-insensitive) into a quarter; null when it is not one. */
export function parseQuarter(text: string): QuarterPeriod | null {
  const m = QUARTER.exec(text.trim().toUpperCase());
  if (!m) return null;
  return quarterPeriod(Number(m[1]), Number(m[2]));
}

/** Parses `2022H1` or `2022H2` (case-insensitive) into a half year; null when it is not one. */
export function parseHalfYear(text: string): HalfYearPeriod | null {
  const m = HALF.exec(text.trim().toUpperCase());
  if (!m) return null;
  return halfYearPeriod(Number(m[1]), m[2] === '1' ? 1 : 2);
}

/** Parses `2022` into a year; null when it is not one. */
export function parseYear(text: string): YearPeriod | null {
  const m = YEAR.exec(text.trim());
  if (!m) return null;
  return yearPeriod(Number(m[1]));
}

/** Parses any of the four forms: `2023-09`, `2022Q4`, `2022H1`, `2022`. */
export function parsePeriod(text: string): Period | null {
  return parseMonth(text) ?? parseQuarter(text) ?? parseHalfYear(text) ?? parseYear(text);
}

/** The period before, of the same kind: 2023-01 → 2022-12, 2022Q1 → 2021Q4, 2023H1 → 2022H2, 2022 → 2021. */
export function previousPeriod(period: Period): Period {
  switch (period.kind) {
    case 'month':
      return period.month === 1
        ? monthPeriod(period.year - 1, 12)
        : monthPeriod(period.year, period.month - 1);
    case 'quarter':
      return period.quarter === 1
        ? quarterPeriod(period.year - 1, 4)
        : quarterPeriod(period.year, period.quarter - 1);
    case 'half':
      return period.half === 1 ? halfYearPeriod(period.year - 1, 2) : halfYearPeriod(period.year, 1);
    case 'year':
      return yearPeriod(period.year - 1);
    default:
      return assertNever(period);
  }
}

/** The same period one year earlier (同比): 2023-09 → 2022-09, 2022Q4 → 2021Q4, 2022H1 → 2021H1, 2022 → 2021. */
export function yearEarlier(period: Period): Period {
  const year = period.year - 1;
  switch (period.kind) {
    case 'month':
      return monthPeriod(year, period.month);
    case 'quarter':
      return quarterPeriod(year, period.quarter);
    case 'half':
      return halfYearPeriod(year, period.half);
    case 'year':
      return yearPeriod(year);
    default:
      return assertNever(period);
  }
}

/** The four quarters of a year. */
export function quartersOf(year: number): QuarterPeriod[] {
  return [1, 2, 3, 4].map((q) => quarterPeriod(year, q));
}

/** The quarter (`2022Q3`) a month (`2022-08`) falls in. */
export function quarterOfMonth(month: string): string {
  const m = Number(month.slice(5, 7));
  return `${month.slice(0, 4)}Q${Math.ceil(m / 3)}`;
}

/** The quarter a moment falls in, by the local calendar (init's "what to build next"). */
export function currentQuarter(now: Date): QuarterPeriod {
  return quarterPeriod(now.getFullYear(), Math.floor(now.getMonth() / 3) + 1);
}

/** 4 → 第四季度. */
export function quarterName(quarter: number): string {
  return `第${chineseNumber(quarter)}季度`;
}

/** The period as the circular names it: 2023年9月, 2022年第四季度, 2022年上半年, 2022年度. */
export function periodName(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `${period.year}年${period.month}月`;
    case 'quarter':
      return `${period.year}年${quarterName(period.quarter)}`;
    case 'half':
      return `${period.year}年${period.half === 1 ? '上' : '下'}半年`;
    case 'year':
      return `${period.year}年度`;
    default:
      return assertNever(period);
  }
}

/** How the text names a period given by its id (`2022Q4` → 2022年第四季度); an id that is no period as it is. */
export function periodNameOf(id: string): string {
  const period = parsePeriod(id);
  return period ? periodName(period) : id;
}

/** The period within its own text: 本月, 本季度, 上半年 / 下半年, 全年. */
export function periodWord(period: Period): string {
  switch (period.kind) {
    case 'month':
      return '本月';
    case 'quarter':
      return '本季度';
    case 'half':
      return period.half === 1 ? '上半年' : '下半年';
    case 'year':
      return '全年';
    default:
      return assertNever(period);
  }
}

/**
 * The previous period (`previousPeriod`) as a comparison names it: 上月, 上季度, 上年下半年 (before a
 * first half) / 上半年 (before a second half), 上年.
 */
export function previousPeriodWord(period: Period): string {
  switch (period.kind) {
    case 'month':
      return '上月';
    case 'quarter':
      return '上季度';
    case 'half':
      return period.half === 1 ? '上年下半年' : '上半年';
    case 'year':
      return '上年';
    default:
      return assertNever(period);
  }
}

/**
 * The file name the circular is saved under: `2022年第四季度全市政务新媒体检查情况通报.docx`; `scope` is
 * the config's `wording.scope` (`县`: `2023年6月全县…`); with `websites`, as the bundled templates title a
 * circular that reports websites too (docs/workspace.md §11): `…全县政府网站与政务新媒体检查情况通报.docx`.
 */
export function defaultOutputName(period: Period, scope = '市', websites = false): string {
  return `${periodName(period)}全${scope}${websites ? '政府网站与' : ''}政务新媒体检查情况通报.docx`;
}
