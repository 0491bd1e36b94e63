import type { ChalkInstance } from 'chalk';
import { isYearInRange, localDate, parseCalendarDate, yearRangeText } from '../domain/calendar-date.js';
import {
  type Period,
  type PeriodKind,
  parseHalfYear,
  parseMonth,
  parseQuarter,
  parseYear,
} from '../domain/period.js';
import { UsageError } from './errors.js';
import { colours, debugRequested } from './terminal.js';

/** Options every command accepts. */
export interface CommonOptions {
  workspace?: string;
  format?: string;
  quiet?: boolean;
  verbose?: boolean;
  /** `--print-config`: print the effective config and exit 0. */
  printConfig?: boolean;
}

/** `--month`, `--quarter`, `--half`, `--year`: one option per kind of period, named as the kind. */
export type PeriodOptions = Partial<Record<PeriodKind, string>>;

/** What a command needs to know about how it was called. */
export interface CommandContext {
  json: boolean;
  quiet: boolean;
  verbose: boolean;
  c: ChalkInstance;
  cerr: ChalkInstance;
}

/** Reads the common options; a bad `--format` is a usage error. */
export function commandContext(options: CommonOptions): CommandContext {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format 只能是 text 或 json，收到“${format}”`);
  const json = format === 'json';
  return {
    json,
    quiet: Boolean(options.quiet),
    verbose: Boolean(options.verbose) || debugRequested(),
    c: colours(process.stdout, json),
    cerr: colours(process.stderr, json),
  };
}

/**
 * The command-line option of each kind of period: its flag, how it is parsed, and what to say when it
 * is written wrong. NOTE: a `Record` over every kind, so a new kind of period needs its option here;
 * its order is the order the message naming all of them lists them in.
 */
const PERIOD_OPTIONS: Record<
  PeriodKind,
  { flag: string; example: string; parse: (text: string) => Period | null; form: string }
> = {
  quarter: {
    flag: '--quarter',
    example: '2022Q4 指定季度',
    parse: parseQuarter,
    form: ' 2022Q4（四位年份 + Q + 1～4）',
  },
  year: { flag: '--year', example: '2022 指定年度', parse: parseYear, form: '四位年份，如 2022' },
  month: {
    flag: '--month',
    example: '2023-09 指定月份',
    parse: parseMonth,
    form: ' 2023-09（四位年份、短横线和月份 01～12）',
  },
  half: {
    flag: '--half',
    example: '2023H1 指定半年（H1 上半年，H2 下半年）',
    parse: parseHalfYear,
    form: ' 2023H1 或 2023H2（四位年份 + H + 1 上半年或 2 下半年）',
  },
};

/**
 * The period of `--month`, `--quarter`, `--half` or `--year`; exactly one is required (at most one when
 * not `required`), and a bad one is exit 2.
 */
export function periodOption(options: PeriodOptions, required = true): Period | undefined {
  const kinds = Object.keys(PERIOD_OPTIONS) as PeriodKind[];
  const given = kinds.filter((kind) => options[kind] !== undefined);
  if (given.length > 1) {
    const flags = given.map((k) => PERIOD_OPTIONS[k].flag);
    throw new UsageError(`${flags.length === 2 ? flags.join(' 和 ') : flags.join('、')} 只能选一个`);
  }
  const [kind] = given;
  if (kind !== undefined) {
    const { flag, parse, form } = PERIOD_OPTIONS[kind];
    const text = options[kind] ?? '';
    const period = parse(text);
    if (!period) throw new UsageError(`${flag} 的写法不对：“${text}”。应写作${form}`);
    if (!isYearInRange(period.year))
      throw new UsageError(`${flag} 的年份不对：“${text}”，${yearRangeText()}`);
    return period;
  }
  if (required) {
    throw new UsageError(
      `请用 ${kinds.map((k) => `${PERIOD_OPTIONS[k].flag} ${PERIOD_OPTIONS[k].example}`).join('，或用 ')}`,
    );
  }
  return undefined;
}

/** `--date YYYY-MM-DD` (a real date), else today; `flag` names the option in the message. */
export function dateOption(value: string | undefined, today = new Date(), flag = '--date'): string {
  if (value === undefined) return localDate(today);
  const parsed = parseCalendarDate(value);
  if ('date' in parsed) return parsed.date;
  throw new UsageError(`${flag} 的写法不对：“${value}”，${parsed.problem}。应写作 2023-01-09`);
}
