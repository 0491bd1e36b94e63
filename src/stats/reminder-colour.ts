/**
 * The 红黄蓝 rule of the update survey (docs/reminders.md): how close an account is to the national
 * single veto for content (no post for `staleDays` days), seen from a survey day.
 *
 * D is the survey date, L the day the account reaches the line (its latest post + `staleDays`), N the
 * next survey day after D. Red (需立即更新): L ≤ D, or L ≤ N and L is a working day — the line falls
 * before anyone looks again. Blue (休息日需更新): D < L ≤ N and L is a rest day — someone must post over
 * the rest days. Yellow (需及时更新): N < L ≤ D + 7. None otherwise.
 */
import type { WorkCalendar } from '../domain/work-calendar.js';
import { addDays, daysBetween, isWorkingDay, nextSurveyDay } from '../domain/work-calendar.js';

/** The three colours; identifiers English, the labels below as the offices say them. */
export type ReminderColour = 'red' | 'blue' | 'yellow';

/** Colours in the order the reminders list them (most urgent first). */
export const REMINDER_COLOURS: readonly ReminderColour[] = ['red', 'blue', 'yellow'];

/** What each colour tells the unit. */
export const COLOUR_LABEL: Readonly<Record<ReminderColour, string>> = {
  red: '需立即更新',
  blue: '休息日需更新',
  yellow: '需及时更新',
};

/** The colour's Chinese name (红色…), for text and sheet headers. */
export const COLOUR_NAME: Readonly<Record<ReminderColour, string>> = {
  red: '红色',
  blue: '蓝色',
  yellow: '黄色',
};

/** The survey's settings, from the config. */
export interface SurveySettings {
  /** Days without a post that reach the veto line. */
  staleDays: number;
  /** ISO weekdays of the survey (1 = Monday). */
  surveyWeekdays: readonly number[];
  calendar: WorkCalendar;
}

/** One survey day, worked out once for every account. */
export interface SurveyDay {
  /** D. */
  date: string;
  /** N: the next survey day after D. */
  nextSurvey: string;
  /** D + 7: the end of the yellow window. */
  weekAhead: string;
  settings: SurveySettings;
}

/** An account's standing on a survey day. */
export interface Standing {
  colour: ReminderColour | null;
  /** L: the day the account reaches the line. */
  lineDate: string;
  /** Days from the latest post to D. */
  daysSincePost: number;
}

/** Works out N and D + 7 for a survey date. */
export function surveyDay(date: string, settings: SurveySettings): SurveyDay {
  return {
    date,
    nextSurvey: nextSurveyDay(date, settings.surveyWeekdays, settings.calendar),
    weekAhead: addDays(date, 7),
    settings,
  };
}

/** The colour of an account whose latest post was on `lastPost`, seen on the survey day. */
export function standingOf(lastPost: string, day: SurveyDay): Standing {
  const lineDate = addDays(lastPost, day.settings.staleDays);
  return { colour: colourOf(lineDate, day), lineDate, daysSincePost: daysBetween(lastPost, day.date) };
}

function colourOf(line: string, day: SurveyDay): ReminderColour | null {
  // NOTE: dates are YYYY-MM-DD, so text comparison is date order.
  if (line <= day.date) return 'red';
  if (line <= day.nextSurvey) return isWorkingDay(line, day.settings.calendar) ? 'red' : 'blue';
  if (line <= day.weekAhead) return 'yellow';
  return null;
}
