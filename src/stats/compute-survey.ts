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
 * The newest latest-post date of each account (by registry index): the registry's own, then each
 * updates row matched to its account. Rows naming no registry account become diagnostics.
 */
export function latestPosts(
  accounts: readonly RegistryAccount[],
  updates: readonly UpdateRow[],
  matcher: AccountMatcher,
  registryFile: string,
  diagnostics: Diagnostic[],
): Map<number, Dated> {
  const latest = new Map<number, Dated>();
  const offer = (index: number, dated: Dated) => {
    const known = latest.get(index);
    // NOTE: newest wins; on the same date the first source read (the registry, then files in order) stays.
    if (!known || dated.date > known.date) latest.set(index, dated);
  };
  for (const account of accounts) {
    if (account.lastUpdate === undefined) continue;
    const column = account.columns?.lastUpdate;
    const at = { ...account.at, file: registryFile, ...(column ? { column } : {}) };
    offer(account.index, { date: account.lastUpdate, at });
  }
  for (const row of updates) {
    const account = matcher.match(row, diagnostics);
    if (account) offer(account.index, { date: row.lastUpdate, at: rowCell(row, 'lastUpdate') });
  }
  return latest;
}

/** Surveys the accounts registered at `date`; a post dated after it is a warning. */
export function computeSurvey(
  accounts: readonly RegistryAccount[],
  latest: ReadonlyMap<number, Dated>,
  config: Config,
  date: string,
  diagnostics: Diagnostic[],
): Survey {
  const day = surveyDayOf(date, config);
  const surveyed: SurveyedAccount[] = [];
  for (const account of accounts) {
    if (!isRegisteredAt(account, date)) continue;
    const dated = latest.get(account.index);
    if (dated && dated.date > date) diagnostics.push(postAfterDate(account, dated, date));
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

function postAfterDate(account: RegistryAccount, dated: Dated, date: string): Diagnostic {
  const label = accountLabel(account.name, account.platformRaw);
  const message = `${label}的最近更新日期 ${dated.date} 晚于巡查日期 ${date}`;
  const hint = '请核对日期；补做以前某天的巡查时，这个账号按未到线处理';
  return diagnosticAt(dated.at, REMIND_POST_AFTER_DATE, 'warning', message, hint);
}
