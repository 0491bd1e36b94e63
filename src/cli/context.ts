import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { CONFIG_FILE } from '../config/load-config.js';
import { type Period, type PeriodKind, parsePeriod, parseQuarter, parseYear } from '../domain/period.js';
import { UsageError } from './errors.js';
import { colours } from './terminal.js';

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
    verbose: Boolean(options.verbose) || Boolean(process.env.DEBUG),
    c: colours(process.stdout, json),
    cerr: colours(process.stderr, json),
  };
}

/** The workspace folder: `--workspace DIR`, else the current folder; it must hold circular.config.json. */
export function workspaceDir(option: string | undefined, requireConfig = true): string {
  const dir = resolve(option ?? '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`工作区文件夹不存在：${option ?? dir}`);
  if (requireConfig && !existsSync(resolve(dir, CONFIG_FILE))) {
    throw new UsageError(
      `${option ? `“${option}”` : '当前文件夹'}不是工作区：没有找到 ${CONFIG_FILE}。\n` +
        '请用 --workspace 指定工作区文件夹，或先运行 circular init 创建一个。',
    );
  }
  return dir;
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
    return period;
  }
  if (required) {
    throw new UsageError(
      `请用 ${kinds.map((k) => `${PERIOD_OPTIONS[k].flag} ${PERIOD_OPTIONS[k].example}`).join('，或用 ')}`,
    );
  }
  return undefined;
}

/** `--date YYYY-MM-DD` (a real date), else today. */
export function dateOption(value: string | undefined, today = new Date()): string {
  if (value === undefined) {
    const y = today.getFullYear();
    const m = String(today.getMonth() + 1).padStart(2, '0');
    const d = String(today.getDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
  }
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (m) {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3])) {
      return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    }
  }
  throw new UsageError(`--date 的写法不对：“${value}”。应写作 2023-01-09`);
}

export { parsePeriod };
