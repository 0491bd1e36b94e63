/**
 * Period arithmetic: quarters `YYYYQn` and years `YYYY`. Months are `YYYY-MM` strings and dates
 * `YYYY-MM-DD` strings, which sort and compare as text.
 */
export interface Period {
  /** `2022Q4` or `2022`. */
  id: string;
  kind: 'quarter' | 'year';
  year: number;
  /** 1–4 for a quarter. */
  quarter?: number;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD` (the statistics' `asOf`). */
  end: string;
  /** The months of the period, `YYYY-MM`, in order. */
  months: string[];
}

const QUARTER = /^(\d{4})Q([1-4])$/;
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

function buildPeriod(
  id: string,
  kind: 'quarter' | 'year',
  year: number,
  firstMonth: number,
  count: number,
  quarter?: number,
): Period {
  const months: string[] = [];
  for (let m = firstMonth; m < firstMonth + count; m++) months.push(monthId(year, m));
  const lastMonth = firstMonth + count - 1;
  const period: Period = {
    id,
    kind,
    year,
    start: `${monthId(year, firstMonth)}-01`,
    end: `${monthId(year, lastMonth)}-${pad2(daysInMonth(year, lastMonth))}`,
    months,
  };
  if (quarter !== undefined) period.quarter = quarter;
  return period;
}

/** Parses `2022Q4` (case-insensitive) into a quarter; null when it is not one. */
export function parseQuarter(text: string): Period | null {
  const m = QUARTER.exec(text.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  const quarter = Number(m[2]);
  return buildPeriod(`${year}Q${quarter}`, 'quarter', year, (quarter - 1) * 3 + 1, 3, quarter);
}

/** Parses `2022` into a year; null when it is not one. */
export function parseYear(text: string): Period | null {
  const m = YEAR.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  return buildPeriod(String(year), 'year', year, 1, 12);
}

/** Parses either form. */
export function parsePeriod(text: string): Period | null {
  return parseQuarter(text) ?? parseYear(text);
}

/** The period before: 2022Q1 → 2021Q4, 2022 → 2021. */
export function previousPeriod(period: Period): Period {
  if (period.kind === 'year') return parseYear(String(period.year - 1))!;
  const q = period.quarter ?? 1;
  return q === 1 ? parseQuarter(`${period.year - 1}Q4`)! : parseQuarter(`${period.year}Q${q - 1}`)!;
}

/** The same period one year earlier (同比): 2022Q4 → 2021Q4, 2022 → 2021. */
export function yearEarlier(period: Period): Period {
  return parsePeriod(period.id.replace(/^\d{4}/, String(period.year - 1)))!;
}

/** The four quarters of a year. */
export function quartersOf(year: number): Period[] {
  return [1, 2, 3, 4].map((q) => parseQuarter(`${year}Q${q}`)!);
}

/** The month `YYYY-MM` of a date `YYYY-MM-DD`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
