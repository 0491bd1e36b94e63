/**
 * Calendar arithmetic on `YYYY-MM-DD` dates (compared as text, computed in UTC so that no time zone
 * moves a day), and the office's working days: Monday to Friday, except the config's
 * `calendar.holidays`, plus its `calendar.workdays` (调休上班的周末). See docs/workspace.md §5.
 */

const DAY_MS = 86_400_000;

/** The Chinese names of the weekdays, ISO order (周一 = 1 … 周日 = 7). */
export const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

/** `2023-10-09（周一）`: a date with its weekday, as the reminders print it. */
export function dateWithWeekday(date: string): string {
  return `${date}（${WEEKDAY_NAMES[isoWeekday(date) - 1]}）`;
}

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The office's calendar: which days are worked. */
export interface WorkCalendar {
  /** 法定节假日 and the weekdays given off in exchange (放假调休). */
  holidays: ReadonlySet<string>;
  /** Weekend days worked in exchange (调休上班). */
  workdays: ReadonlySet<string>;
}

/** A calendar from the config's `calendar` lists. */
export function workCalendar(lists: {
  holidays: readonly string[];
  workdays: readonly string[];
}): WorkCalendar {
  return { holidays: new Set(lists.holidays), workdays: new Set(lists.workdays) };
}

/**
 * True on a working day: a listed make-up day, or Monday to Friday that is not a listed holiday.
 * NOTE: the config refuses a day in both lists, so the order of the two tests does not matter.
 */
export function isWorkingDay(date: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return isoWeekday(date) <= 5;
}

/**
 * The first survey day after `date`: a day whose weekday is among `weekdays` and that is a working
 * day. NOTE: the config requires one of Monday–Friday among the weekdays, and every listed holiday
 * can block at most one week's such day, so the search ends within `holidays + 2` weeks.
 */
export function nextSurveyDay(date: string, weekdays: readonly number[], calendar: WorkCalendar): string {
  const limit = 7 * (calendar.holidays.size + 2);
  for (let i = 1; i <= limit; i++) {
    const day = addDays(date, i);
    if (weekdays.includes(isoWeekday(day)) && isWorkingDay(day, calendar)) return day;
  }
  throw new Error(`${date} 之后 ${limit} 天内没有巡查日（巡查星期：${weekdays.join('、')}）`);
}
