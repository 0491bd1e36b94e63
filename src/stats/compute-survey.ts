/**
 * The update survey of one day (docs/reminders.md): every account registered and not closed at the
 * date, its latest post (the registry's 最近更新日期, or a newer one from `updates/`), and its colour by
 * the rule of `reminder-colour.ts`. A pure function of validated records.
 */

import { type AccountMatcher, rowCell } from '../checks/match-account.js';
import type { Config } from '../config/schema.js';
import type { Diagnostic, SourceLocation } from '../domain/diagnostic.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import { accountLabel } from '../domain/platform-buckets.js';
import { CITY_LEVEL } from '../domain/vocabulary.js';
import { workCalendar } from '../domain/work-calendar.js';
import { isRegisteredAt, type RegistryAccount } from '../registry/account.js';
import type { UpdateRow } from '../updates/read-updates.js';
import type { ReminderColour, SurveyDay } from './reminder-colour.js';
import { COLOUR_LABEL, REMINDER_COLOURS, standingOf, surveyDay } from './reminder-colour.js';

export const REMIND_POST_AFTER_DATE = 'REMIND_POST_AFTER_DATE';

/** One account on the survey day. */
export interface SurveyedAccount {
  name: string;
  /** The platform bucket. */
  platform: string;
  /** The platform as the registry typed it. */
  platformRaw: string;
  /** As the circulars name accounts: `宜兴发布(微信公众号)`. */
  label: string;
  operator: string;
  district: string;
  filingId: string | null;
  /** The latest post, `YYYY-MM-DD`, or null when no sheet gives one. */
  lastPost: string | null;
  /** Where that date was read: `updates/2023-10.xlsx 更新记录!D5`. */
  source: string | null;
  /** The day the account reaches the line (latest post + staleDays). */
  lineDate: string | null;
  daysSincePost: number | null;
  colour: ReminderColour | null;
  /** 需立即更新 / 休息日需更新 / 需及时更新, or null. */
  colourLabel: string | null;
  /** Registry order. */
  index: number;
}

/** The counts of one district (or of all). */
export interface SurveyCounts {
  accounts: number;
  red: number;
  blue: number;
  yellow: number;
  /** Coloured accounts: red + blue + yellow. */
  coloured: number;
  /** Accounts without any latest-post date. */
  undated: number;
}

/** The survey of one day: what `circular remind --format json` prints. */
export interface Survey {
  date: string;
  nextSurvey: string;
  weekAhead: string;
  staleDays: number;
  surveyWeekdays: number[];
  total: SurveyCounts;
  /** 市级 first, then the configured districts, every one included. */
  byDistrict: ({ district: string } & SurveyCounts)[];
  /** Every surveyed account, in registry order. */
  accounts: SurveyedAccount[];
}

/** The survey day's settings from the config. */
export function surveyDayOf(date: string, config: Config): SurveyDay {
  return surveyDay(date, {
    staleDays: config.staleDays,
    surveyWeekdays: config.surveyWeekdays,
    calendar: workCalendar(config.calendar),
  });
}

/** A latest-post date and where it was read. */
export interface Dated {
  date: string;
  at: SourceLocation;
}

/** `updates/2023-10.xlsx 更新记录!D5`: a cell as the sheets and messages name it. */
export function cellName(at: SourceLocation): string {
  const cell = at.row === undefined ? '' : `!${at.column ?? 'A'}${at.row}`;
  return `${at.file}${at.sheet === undefined ? '' : ` ${at.sheet}`}${cell}`;
}

/**
 * The latest post of each account (by registry index) as known on the survey date: the newest date
 * on or before it, from the registry's own column and every updates row matched to its account.
 * Rows naming no registry account become diagnostics. NOTE: a date after the survey date was written
 * later (a survey redone for an earlier day, or the next snapshot in `updates/`); it is left out, and
 * one warning counts such dates.
 */
export function latestPosts(
  accounts: readonly RegistryAccount[],
  updates: readonly UpdateRow[],
  context: { matcher: AccountMatcher; registryFile: string; date: string },
  diagnostics: Diagnostic[],
): Map<number, Dated> {
  const latest = new Map<number, Dated>();
  const later: Dated[] = [];
  const offer = (account: RegistryAccount, dated: Dated) => {
    // An account not open on the survey date is not surveyed, whatever its dates.
    if (!isRegisteredAt(account, context.date)) return;
    const index = account.index;
    if (dated.date > context.date) {
      later.push(dated);
      return;
    }
    const known = latest.get(index);
    // NOTE: newest wins; on the same date the first source read (the registry, then files in order) stays.
    if (!known || dated.date > known.date) latest.set(index, dated);
  };
  for (const account of accounts) {
    if (account.lastUpdate === undefined) continue;
    const column = account.columns?.lastUpdate;
    const at = { ...account.at, file: context.registryFile, ...(column ? { column } : {}) };
    offer(account, { date: account.lastUpdate, at });
  }
  for (const row of updates) {
    const account = context.matcher.match(row, diagnostics);
    if (account) offer(account, { date: row.lastUpdate, at: rowCell(row, 'lastUpdate') });
  }
  const first = later[0];
  if (first) diagnostics.push(postsAfterDate(first, later.length, context.date));
  return latest;
}

/** Surveys the accounts registered at `date`. */
export function computeSurvey(
  accounts: readonly RegistryAccount[],
  latest: ReadonlyMap<number, Dated>,
  config: Config,
  date: string,
): Survey {
  const day = surveyDayOf(date, config);
  const surveyed: SurveyedAccount[] = [];
  for (const account of accounts) {
    if (!isRegisteredAt(account, date)) continue;
    const dated = latest.get(account.index);
    surveyed.push(surveyAccount(account, dated, day));
  }
  const districts = [CITY_LEVEL, ...config.districts];
  return {
    date,
    nextSurvey: day.nextSurvey,
    weekAhead: day.weekAhead,
    staleDays: config.staleDays,
    surveyWeekdays: [...config.surveyWeekdays],
    total: countOf(surveyed),
    byDistrict: districts.map((district) => ({
      district,
      ...countOf(surveyed.filter((a) => a.district === district)),
    })),
    accounts: surveyed,
  };
}

function surveyAccount(account: RegistryAccount, dated: Dated | undefined, day: SurveyDay): SurveyedAccount {
  const standing = dated ? standingOf(dated.date, day) : undefined;
  return {
    name: account.name,
    platform: account.platform,
    platformRaw: account.platformRaw,
    label: accountLabel(account.name, account.platform),
    operator: account.operator,
    district: account.district,
    filingId: account.filingId ?? null,
    lastPost: dated?.date ?? null,
    source: dated ? cellName(dated.at) : null,
    lineDate: standing?.lineDate ?? null,
    daysSincePost: standing?.daysSincePost ?? null,
    colour: standing?.colour ?? null,
    colourLabel: standing?.colour ? COLOUR_LABEL[standing.colour] : null,
    index: account.index,
  };
}

function countOf(accounts: readonly SurveyedAccount[]): SurveyCounts {
  const counts: SurveyCounts = {
    accounts: accounts.length,
    red: 0,
    blue: 0,
    yellow: 0,
    coloured: 0,
    undated: 0,
  };
  for (const a of accounts) {
    if (a.lastPost === null) counts.undated++;
    if (a.colour === null) continue;
    counts[a.colour]++;
    counts.coloured++;
  }
  return counts;
}

/**
 * The coloured accounts of a list, most urgent first: by colour (red, blue, yellow), then the day the
 * line is reached, then registry order.
 */
export function byUrgency(accounts: readonly SurveyedAccount[]): SurveyedAccount[] {
  const rank = (a: SurveyedAccount) =>
    a.colour === null ? REMINDER_COLOURS.length : REMINDER_COLOURS.indexOf(a.colour);
  return accounts
    .filter((a) => a.colour !== null)
    .sort(
      (a, b) => rank(a) - rank(b) || (a.lineDate ?? '').localeCompare(b.lineDate ?? '') || a.index - b.index,
    );
}

function postsAfterDate(first: Dated, count: number, date: string): Diagnostic {
  const message = `有 ${count} 个最近更新日期晚于巡查日期 ${date}（第一个是 ${first.date}），本次巡查未使用`;
  const hint = '补做以前某天的巡查时这是正常的；否则请核对这些日期是否填错（如年份、月份）';
  return diagnosticAt(first.at, REMIND_POST_AFTER_DATE, 'warning', message, hint);
}
