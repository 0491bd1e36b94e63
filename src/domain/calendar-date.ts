/**
 * The one check of a date a user types (`--date`, the config's `colophon.printDate`) and of a period's
 * year: a real calendar date (no 2023-13-45, no 2023-02-29), in the years a circular can be about.
 */

/** The first and last year a period, `--date` or `printDate` may name (docs/workspace.md §5). */
export const YEAR_RANGE = { min: 2000, max: 2099 } as const;

/** True when the year is within `YEAR_RANGE`. */
export function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}

/** The Chinese sentence that says which years are accepted. */
export function yearRangeText(): string {
  return `年份应在 ${YEAR_RANGE.min}～${YEAR_RANGE.max} 之间`;
}

/**
 * Parses `YYYY-MM-DD` (month and day may have one digit) into the canonical `YYYY-MM-DD`, or returns
 * the Chinese reason it is not a date this tool accepts.
 */
export function parseCalendarDate(text: string): { date: string } | { problem: string } {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return { problem: '应写作 2023-01-09（四位年份-月-日）' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isYearInRange(year)) return { problem: yearRangeText() };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { problem: `没有这一天（${year}年${month}月${day}日）` };
  }
  return { date: `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** A moment's calendar date in local time, `YYYY-MM-DD` (what “today” means to the user). */
export function localDate(now: Date): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}
