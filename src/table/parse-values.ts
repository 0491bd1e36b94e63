/**
 * The accepted spellings of the fixed-value columns (docs/workspace.md §2, §3) and the parsers that turn a cell
 * into a value. Every spelling list lives here once; the column tables, the readers and the hints in
 * the messages all read it. Parsers return `null` for a value they do not recognise and leave the
 * wording of the diagnostic to the reader, which knows the column and the cell.
 */

import { nameKey, normalizeText } from '../domain/normalize.js';
import { daysInMonth, monthId, pad2 } from '../domain/period.js';
import type { AccountStatus, CheckKind, Rectification } from '../domain/vocabulary.js';
import { CITY_LEVEL } from '../domain/vocabulary.js';
// The light module, not the workbook index: the domain must not load the file readers.
import { serialToDate } from '../workbook/serial-date.js';
import type { CellValue } from '../workbook/types.js';

/** Spellings of "yes" in a yes/no column (compared case- and width-insensitively). */
export const YES_SPELLINGS: readonly string[] = ['是', '√', '✓', '✔', 'Y', 'yes', '1', '有', 'true'];
/** Spellings of "no" in a yes/no column; an empty cell is "no" as well. */
export const NO_SPELLINGS: readonly string[] = ['否', '×', '✗', '✘', 'N', 'no', '0', '无', 'false'];

/** 状态 spellings per status; an empty cell is 正常. */
export const STATUS_ALIASES: Record<AccountStatus, readonly string[]> = {
  正常: ['正常', '运行', '在用', '正常运行', '运行中'],
  关停: ['关停', '已关停', '停更'],
  注销: ['注销', '已注销'],
};

/** 检查类型 spellings per kind. */
export const CHECK_KIND_ALIASES: Record<CheckKind, readonly string[]> = {
  单否专项检查: ['单否专项检查', '专项检查', '单否检查', '单项否决检查'],
  全面检查: ['全面检查', '全面', '综合检查'],
};

/** 检查结论 spellings; 是/否 serve under a 是否合格 header. */
export const CONCLUSION_ALIASES: Record<'合格' | '不合格', readonly string[]> = {
  合格: ['合格', '是', '√', '✓', '✔', 'Y', 'yes'],
  不合格: ['不合格', '否', '×', '✗', '✘', 'N', 'no'],
};

/** 备案情况 spellings: registered (an empty cell too) or found unregistered. */
export const FILING_ALIASES: Record<'已备案' | '未备案', readonly string[]> = {
  已备案: ['已备案', '是', '已报备', '已登记'],
  未备案: ['未备案', '否', '未报备', '未登记'],
};

/** 整改情况 spellings; 是/否 serve under a 是否整改 header. */
export const RECTIFICATION_ALIASES: Record<Rectification, readonly string[]> = {
  已整改: ['已整改', '是', '整改完成', '完成整改', '已完成整改'],
  整改中: ['整改中', '正在整改'],
  未整改: ['未整改', '否', '未完成整改', '整改不到位'],
};

/** Other spellings of 市级 in the 所属地区 column. */
export const CITY_LEVEL_ALIASES: readonly string[] = [
  CITY_LEVEL,
  '市本级',
  '市直',
  '市级部门',
  '市级部门单位',
];

/** Placeholders an office writes into an optional cell to mean "nothing here". */
export const PLACEHOLDERS: readonly string[] = ['/', '／', '-', '－', '—', '——', '--'];

/** The date spellings a hint lists. */
export const DATE_FORMS = '2022-10-08、2022/10/8、2022.10.8、2022年10月8日，或 Excel 日期单元格';
/** The month spellings a hint lists. */
export const MONTH_FORMS = '2022-10、2022年10月、2022/10、2022.10、10月，或日期单元格';

/**
 * `fn` memoised on its text argument, keeping at most `limit` entries (cleared when full). The
 * fixed-value columns repeat a handful of spellings over thousands of rows.
 */
export function memoizeText<R>(fn: (text: string) => R, limit = 4096): (text: string) => R {
  const cache = new Map<string, { value: R }>();
  return (text) => {
    const hit = cache.get(text);
    if (hit) return hit.value;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, { value });
    return value;
  };
}

const memoKey = memoizeText(nameKey);
/** The longest text looked up among fixed spellings; longer text (a problem description) is none. */
const MAX_SPELLING = 16;

/** `nameKey` of a short cell text, memoised; free text is not cached (it would only thrash the cache). */
function valueKey(text: string): string {
  return text.length <= MAX_SPELLING ? memoKey(text) : nameKey(text);
}

function spellingMap<V>(entries: Iterable<readonly [V, readonly string[]]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [value, spellings] of entries) for (const s of spellings) map.set(nameKey(s), value);
  return map;
}

const YES_NO = spellingMap<boolean>([
  [true, YES_SPELLINGS],
  [false, NO_SPELLINGS],
]);
const STATUS = spellingMap<AccountStatus>([
  ['正常', STATUS_ALIASES.正常],
  ['关停', STATUS_ALIASES.关停],
  ['注销', STATUS_ALIASES.注销],
]);
const KINDS = spellingMap<CheckKind>([
  ['单否专项检查', CHECK_KIND_ALIASES.单否专项检查],
  ['全面检查', CHECK_KIND_ALIASES.全面检查],
]);
const CONCLUSIONS = spellingMap<'合格' | '不合格'>([
  ['合格', CONCLUSION_ALIASES.合格],
  ['不合格', CONCLUSION_ALIASES.不合格],
]);
const FILINGS = spellingMap<'已备案' | '未备案'>([
  ['已备案', FILING_ALIASES.已备案],
  ['未备案', FILING_ALIASES.未备案],
]);
const RECTIFICATIONS = spellingMap<Rectification>([
  ['已整改', RECTIFICATION_ALIASES.已整改],
  ['整改中', RECTIFICATION_ALIASES.整改中],
  ['未整改', RECTIFICATION_ALIASES.未整改],
]);
/** Matches exactly the PLACEHOLDERS, spaces around allowed (a regex: names must not thrash a cache). */
const PLACEHOLDER = /^[\s\u3000\u00a0]*(?:[/／]|[-－—]{1,2})[\s\u3000\u00a0]*$/;

/**
 * True for a character that is certainly not a space: printable ASCII or a CJK ideograph.
 * NOTE: a shortcut before the TRIM and PLACEHOLDER regexes, which most cells (names, ids, fixed
 * spellings) would otherwise run for nothing; any other character still goes to the regex.
 */
function isPlainCode(code: number): boolean {
  return (code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);
}

/** The text of a cell as the user sees it, trimmed: a date as `YYYY-MM-DD`, an error as `#N/A`. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') {
    const plain =
      cell.length > 0 && isPlainCode(cell.charCodeAt(0)) && isPlainCode(cell.charCodeAt(cell.length - 1));
    return plain ? cell : cell.replace(TRIM, '');
  }
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return formatDate(cell) ?? String(cell);
  return cell.error;
}
const TRIM = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

/** True for an empty cell or one holding only spaces. */
export function isBlankCell(cell: CellValue | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  if (cell.length > 0 && isPlainCode(cell.charCodeAt(0))) return false;
  return cell.replace(TRIM, '') === '';
}

/** True for an empty cell, or one holding only a placeholder such as `/` or `—`. */
export function isEmptyValue(cell: CellValue | undefined): boolean {
  if (isBlankCell(cell)) return true;
  if (typeof cell !== 'string' || cell.length > 8) return false;
  // A placeholder starts with a space or one of / ／ - － —: every other plain character rules it out.
  const first = cell.charCodeAt(0);
  if (isPlainCode(first) && first !== 0x2f && first !== 0x2d) return false;
  return PLACEHOLDER.test(cell);
}

// ── dates ────────────────────────────────────────────────────────────────────────────────────────

/** Serial numbers accepted as dates: 1900-03-01 up to 2999-12-31 (smaller numbers are not dates). */
const MIN_SERIAL = 61;
const MAX_SERIAL = 401_768;

/**
 * A number typed into a date column as a UTC date, or null when it is out of range. The workbook
 * reader converts date-formatted cells itself; this serves numbers without a date format. In the 1900
 * system serials below 61 (up to Excel's fictitious 1900-02-29) are refused.
 */
export function excelSerialToDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial)) return null;
  if (serial < (date1904 ? 0 : MIN_SERIAL) || serial > MAX_SERIAL) return null;
  return serialToDate(serial, date1904);
}

/** `YYYY-MM-DD` of a UTC date (rounded to the second, so 23:59:59.999 is the next day); null if invalid. */
export function formatDate(date: Date): string | null {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  const d = new Date(Math.round(time / 1000) * 1000);
  const year = d.getUTCFullYear();
  if (year < 1900 || year > 2999) return null;
  return `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const TIME_PART = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?`;
const DATE_SEPARATED = new RegExp(String.raw`^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})${TIME_PART}$`);
const DATE_CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const DATE_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A date typed as text: `2022-10-08`, `2022/10/8`, `2022.10.8`, `2022年10月8日`, `20221008`, with
 * full-width digits and surrounding spaces tolerated and an ISO time part ignored. Null when the text
 * is not a date or names an impossible day (2022-02-30).
 */
export function parseDateText(text: string): string | null {
  const t = normalizeText(text);
  const m = DATE_SEPARATED.exec(t) ?? DATE_CHINESE.exec(t);
  if (m) {
    const [year, month, day] = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
    return validDate(Number(year), Number(month), Number(day));
  }
  const c = DATE_COMPACT.exec(t);
  return c ? validDate(Number(c[1]), Number(c[2]), Number(c[3])) : null;
}

/**
 * A non-empty date cell as `YYYY-MM-DD`: a Date cell, an Excel serial number (`date1904` chooses the
 * system), an 8-digit number `20221008`, or a text accepted by `parseDateText`. Null otherwise.
 */
export function parseDate(cell: CellValue | undefined, date1904: boolean): string | null {
  if (cell instanceof Date) return formatDate(cell);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19_000_101 && cell <= 29_991_231)
      return parseDateText(String(cell));
    const date = excelSerialToDate(cell, date1904);
    return date ? formatDate(date) : null;
  }
  if (typeof cell === 'string') return parseDateText(cell);
  return null;
}

// ── months ───────────────────────────────────────────────────────────────────────────────────────

const MONTH_YEAR = /^(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月份?)?$/;
const MONTH_COMPACT = /^(\d{4})(\d{2})$/;
const MONTH_ONLY = /^(\d{1,2})\s*(?:月份?)?$/;
/** A month inside a sheet name: `2022年10月`, `2022-10`, `2022.10`; then a bare `10月`. */
const SHEET_MONTH_YEAR = /(?<!\d)(\d{4})\s*(?:年|[-/._])\s*(\d{1,2})(?!\d)/;
const SHEET_MONTH_ONLY = /(?<!\d)(\d{1,2})\s*月/;
/** A range of months (`10-12月`, `10至12月`): the name then holds no single month. */
const SHEET_MONTH_RANGE = /(?<!\d)\d{1,2}\s*月?\s*[-~～至到—–]\s*\d{1,2}\s*月/;

function validMonth(year: number, month: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || !Number.isInteger(month)) return null;
  return monthId(year, month);
}

/** A month typed as text, `YYYY-MM`; a bare `10月` or `10` takes `year`. Null when it is not one. */
export function parseMonthText(text: string, year: number): string | null {
  const t = normalizeText(text);
  const m = MONTH_YEAR.exec(t) ?? MONTH_COMPACT.exec(t);
  if (m) return validMonth(Number(m[1]), Number(m[2]));
  const only = MONTH_ONLY.exec(t);
  if (only) return validMonth(year, Number(only[1]));
  const date = parseDateText(t);
  return date ? date.slice(0, 7) : null;
}

/**
 * A non-empty 检查月份 cell as `YYYY-MM`: month text (`2022-10`, `2022年10月`, `2022/10`, `2022.10`,
 * `202210`), a date (cell, serial or text) gives its month, and `10月` / the number 10 take `year`
 * (the year of the period asked for). Null otherwise.
 */
export function parseMonth(cell: CellValue | undefined, year: number, date1904: boolean): string | null {
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1 && cell <= 12) return validMonth(year, cell);
    if (Number.isInteger(cell) && cell >= 190_001 && cell <= 299_912)
      return parseMonthText(String(cell), year);
    const date = cell >= 20_000 ? parseDate(cell, date1904) : null;
    return date ? date.slice(0, 7) : null;
  }
  if (cell instanceof Date) return formatDate(cell)?.slice(0, 7) ?? null;
  if (typeof cell === 'string') return parseMonthText(cell, year);
  return null;
}

/** True for a 检查月份 cell that names a month without its year (`12月`, `12`, the number 12). */
export function isBareMonth(cell: CellValue | undefined): boolean {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 12;
  return typeof cell === 'string' && MONTH_ONLY.test(normalizeText(cell));
}

/** True when a sheet's name says a month (`10月`) but not its year. */
export function sheetNameLacksYear(name: string): boolean {
  const t = normalizeText(name);
  return !SHEET_MONTH_YEAR.test(t) && SHEET_MONTH_ONLY.test(t);
}

/**
 * The month a sheet's name says (`2022年10月`, `2022-10`, `10月`, `2022年10月检查结果`), `YYYY-MM`;
 * a bare `10月` takes `year`. Null when the name holds no month, or a range (`10-12月`).
 */
export function monthFromSheetName(name: string, year: number): string | null {
  const t = normalizeText(name);
  if (SHEET_MONTH_RANGE.test(t)) return null;
  const m = SHEET_MONTH_YEAR.exec(t);
  if (m) return validMonth(Number(m[1]), Number(m[2]));
  const only = SHEET_MONTH_ONLY.exec(t);
  return only ? validMonth(year, Number(only[1])) : null;
}

// ── fixed lists ──────────────────────────────────────────────────────────────────────────────────

/**
 * A yes/no cell: 是 √ ✓ ✔ Y yes 1 有 true, or 否 × ✗ N no 0 无 false; an empty cell (or a placeholder
 * such as `/`) is no. Boolean and 0/1 number cells count. Null for anything else.
 */
export function parseYesNo(cell: CellValue | undefined): boolean | null {
  if (isEmptyValue(cell)) return false;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  if (typeof cell !== 'string') return null;
  return YES_NO.get(valueKey(cell)) ?? null;
}

const SCORE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const SCORE_UNIT = /\s*分$/;

/**
 * A non-empty score cell: a number, or a number typed as text — full-width digits, surrounding spaces
 * and a trailing 分 tolerated (`９５`, ` 95 分`, `95.5`). The range is the caller's rule. Null when it
 * is not a number.
 */
export function parseScore(cell: CellValue | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const t = normalizeText(cell).replace(SCORE_UNIT, '');
  return SCORE.test(t) ? Number(t) : null;
}

/** A 状态 cell; empty is 正常. Null for an unknown status. */
export function parseStatus(cell: CellValue | undefined): AccountStatus | null {
  if (isEmptyValue(cell)) return '正常';
  return typeof cell === 'string' ? (STATUS.get(valueKey(cell)) ?? null) : null;
}

/** A non-empty 检查类型 cell. Null for an unknown kind. */
export function parseCheckKind(cell: CellValue | undefined): CheckKind | null {
  return typeof cell === 'string' ? (KINDS.get(valueKey(cell)) ?? null) : null;
}

/** A non-empty 检查结论 cell: 合格/不合格, or 是/否 (√/×, Y/N) under 是否合格. Null otherwise. */
export function parseConclusion(cell: CellValue | undefined): '合格' | '不合格' | null {
  if (typeof cell === 'boolean') return cell ? '合格' : '不合格';
  return typeof cell === 'string' ? (CONCLUSIONS.get(valueKey(cell)) ?? null) : null;
}

/** A 备案情况 cell: 已备案 (an empty cell too) or 未备案. Null for an unknown value. */
export function parseFiling(cell: CellValue | undefined): '已备案' | '未备案' | null {
  if (isEmptyValue(cell)) return '已备案';
  if (typeof cell === 'boolean') return cell ? '已备案' : '未备案';
  return typeof cell === 'string' ? (FILINGS.get(valueKey(cell)) ?? null) : null;
}

/** A non-empty 整改情况 cell. Null for an unknown value. */
export function parseRectification(cell: CellValue | undefined): Rectification | null {
  if (typeof cell === 'boolean') return cell ? '已整改' : '未整改';
  return typeof cell === 'string' ? (RECTIFICATIONS.get(valueKey(cell)) ?? null) : null;
}

/**
 * Resolves a 所属地区 value against the configured districts: 市级 (and its aliases) or a district,
 * compared width- and space-insensitively. Returns the canonical spelling, or null.
 */
export function districtLookup(districts: readonly string[]): (value: string) => string | null {
  const map = new Map<string, string>();
  for (const alias of CITY_LEVEL_ALIASES) map.set(nameKey(alias), CITY_LEVEL);
  for (const district of districts) map.set(nameKey(district), district);
  return (value) => map.get(valueKey(value)) ?? null;
}
