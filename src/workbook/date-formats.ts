/**
 * Which number formats display a number as a date or time, so that such a cell is read as a Date.
 */

/**
 * Built-in format ids that are dates or times: 14–22 in every locale, 45–47 (mm:ss, [h]:mm:ss, mmss.0),
 * and the East Asian built-ins 27–36 and 50–58 (`yyyy"年"m"月"d"日"` and the like) that Chinese Excel and
 * WPS write without spelling out the format code.
 */
const BUILT_IN_DATE_IDS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Letters and characters that only a date or time format uses outside quotes and brackets. */
const DATE_TOKENS = new Set(['y', 'd', 'h', 's', '年', '月', '日', '时', '分', '秒']);

/**
 * True when a format code shows a date or time: it has a date token (y, d, h, s — m alone is ambiguous —
 * or 年/月/日/时/分/秒) in its first section outside quoted text, `[…]` (colours, locales, conditions,
 * elapsed-time brackets), and the `\x`, `_x`, `*x` escapes. `0.00`, `[Red]0` and `General` are not dates.
 */
export function isDateFormatCode(code: string): boolean {
  for (let at = 0; at < code.length; at++) {
    const char = code[at]!;
    if (char === ';') return false;
    if (char === '"') {
      const close = code.indexOf('"', at + 1);
      if (close < 0) return false;
      at = close;
    } else if (char === '[') {
      const close = code.indexOf(']', at + 1);
      if (close < 0) return false;
      at = close;
    } else if (char === '\\' || char === '_' || char === '*') {
      at++;
    } else if (DATE_TOKENS.has(char.toLowerCase())) {
      return true;
    }
  }
  return false;
}

/** True when a cell style's number format (id, and the workbook's own code for it if any) is a date format. */
export function isDateFormat(numFmtId: number, formatCode?: string): boolean {
  return formatCode === undefined ? BUILT_IN_DATE_IDS.has(numFmtId) : isDateFormatCode(formatCode);
}
