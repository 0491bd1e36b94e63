import type { ChalkInstance } from 'chalk';
import { isYearInRange, localDate, parseCalendarDate, yearRangeText } from '../domain/calendar-date.js';
import { type Period, type PeriodKind, parseQuarter, parseYear } from '../domain/period.js';
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
 * is written wrong. NOTE: a `Record` over every kind, so a new kind of period needs its option here.
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
};

/** The period of `--quarter` or `--year`; exactly one is required, and a bad one is exit 2. */
export function periodOption(
  options: Partial<Record<PeriodKind, string>>,
  required = true,
): Period | undefined {
  const kinds = Object.keys(PERIOD_OPTIONS) as PeriodKind[];
  const given = kinds.filter((kind) => options[kind] !== undefined);
  if (given.length > 1)
    throw new UsageError(`${given.map((k) => PERIOD_OPTIONS[k].flag).join(' 和 ')} 只能选一个`);
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
