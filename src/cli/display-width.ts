/**
 * Columns on a terminal: a CJK character takes two, so `padEnd` on code units misaligns every table
 * with Chinese in it. string-width (East Asian Width, emoji, ANSI escapes) measures.
 */
import stringWidth from 'string-width';

/** The number of terminal columns `text` takes (colour escapes take none). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** `text` followed by spaces up to `width` columns (unchanged when it is already as wide). */
export function padEndColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `text` preceded by spaces up to `width` columns (for numbers in a column). */
export function padStartColumns(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * Rows of cells as lines whose columns line up: each column as wide as its widest cell, the columns
 * `gap` spaces apart, the last cell of a row never padded. `align` per column: 'left' (default) or
 * 'right'.
 */
export function alignColumns(
  rows: readonly (readonly string[])[],
  options: { gap?: number; align?: readonly ('left' | 'right')[] } = {},
): string[] {
  const gap = ' '.repeat(options.gap ?? 2);
  const widths: number[] = [];
  for (const row of rows)
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        if (options.align?.[i] === 'right') return padStartColumns(cell, width);
        return i === row.length - 1 ? cell : padEndColumns(cell, width);
      })
      .join(gap),
  );
}
