/**
 * Data never becomes structure (docs/templates.md, “数据只是文字”). Every value a template prints is
 * wrapped in two sentinel characters before it joins the rendered text; the parser of the rendered text
 * treats what lies between them as opaque literal text — never a marker, a heading, bold or a line
 * break — and drops the sentinels. The template's markup thus comes from the template alone.
 *
 * The sentinels are Unicode noncharacters (U+FDD0, U+FDD1), reserved for a program's internal use:
 * no interchanged text holds them, and a value or template that does has them removed first, so a value
 * can never close its own wrapping.
 */
import { removeForbiddenChars } from '../domain/xml-chars.js';

/** Opens a literal value in the rendered text. */
export const LITERAL_OPEN = '\ufdd0';
/** Closes a literal value in the rendered text. */
export const LITERAL_CLOSE = '\ufdd1';
/** Stands for one literal value in a line's shape (see `splitLine`). */
export const LITERAL_SLOT = '\ufdd2';

const NONCHARACTERS = /[\ufdd0-\ufdef]/g;
const LINE_BREAK = /[^\S\r\n\v\f\u0085\u2028\u2029]*(?:\r\n|[\r\n\v\f\u0085\u2028\u2029])\s*/gu;
const ASCII_WORD = /[A-Za-z0-9]/;

/**
 * A value's line breaks folded: a break and the spaces around it vanish between Chinese characters
 * (the way the highlights reader joins lines) and become one space between Latin letters or digits.
 */
export function foldLineBreaks(text: string): string {
  return text.replace(LINE_BREAK, (match, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + match.length] ?? '';
    return ASCII_WORD.test(before) && ASCII_WORD.test(after) ? ' ' : '';
  });
}

/** Text without the sentinel range (U+FDD0–U+FDEF): what a value or a template may contain. */
export function withoutSentinels(text: string): string {
  return text.replace(NONCHARACTERS, '');
}

/**
 * The text of a value as the circular prints it, the one rule for every field (docs/templates.md):
 * sentinels and characters XML forbids removed — Word's manual line break U+000B and page break U+000C
 * read as line breaks — and line breaks folded (`foldLineBreaks`).
 */
export function valueText(text: string): string {
  return foldLineBreaks(removeForbiddenChars(withoutSentinels(text).replace(/[\v\f]/g, '\n')));
}

/** A value as it joins the rendered text: `valueText`, wrapped in the sentinels. */
export function literal(text: string): string {
  return `${LITERAL_OPEN}${valueText(text)}${LITERAL_CLOSE}`;
}

/**
 * One line of rendered text: its `shape` (the template's own text, each literal value replaced by one
 * `LITERAL_SLOT`) and the values in order. The parser decides structure on the shape alone.
 */
export class RenderedLine {
  constructor(
    readonly shape: string,
    readonly values: readonly string[],
  ) {}

  /** The text of `shape.slice(from, to)` with each slot replaced by its value. */
  text(from = 0, to = this.shape.length): string {
    let slot = 0;
    for (let i = 0; i < from; i++) if (this.shape[i] === LITERAL_SLOT) slot++;
    let out = '';
    for (let i = from; i < to; i++) {
      const ch = this.shape[i]!;
      out += ch === LITERAL_SLOT ? (this.values[slot++] ?? '') : ch;
    }
    return out;
  }

  /** The line from `from` on, as a line of its own. */
  slice(from: number, to = this.shape.length): RenderedLine {
    let first = 0;
    for (let i = 0; i < from; i++) if (this.shape[i] === LITERAL_SLOT) first++;
    const shape = this.shape.slice(from, to);
    const count = [...shape].filter((ch) => ch === LITERAL_SLOT).length;
    return new RenderedLine(shape, this.values.slice(first, first + count));
  }

  /** The value at the slot at `index` of the shape, or undefined when no slot is there. */
  valueAt(index: number): string | undefined {
    if (this.shape[index] !== LITERAL_SLOT) return undefined;
    return this.values[this.slice(0, index).values.length];
  }

  /** The line with the whitespace at both ends removed, values' own edges included. */
  trim(): RenderedLine {
    const values = [...this.values];
    let shape = this.shape.trimStart();
    // Trim the values at the edges too: a line's edges are its edges whichever side wrote them.
    while (shape.startsWith(LITERAL_SLOT) && values.length > 0 && values[0]!.trim() === '') {
      values.shift();
      shape = shape.slice(1).trimStart();
    }
    if (shape.startsWith(LITERAL_SLOT) && values.length > 0) values[0] = values[0]!.trimStart();
    shape = shape.trimEnd();
    while (shape.endsWith(LITERAL_SLOT) && values.length > 0 && values.at(-1)!.trim() === '') {
      values.pop();
      shape = shape.slice(0, -1).trimEnd();
    }
    if (shape.endsWith(LITERAL_SLOT) && values.length > 0) {
      values[values.length - 1] = values.at(-1)!.trimEnd();
    }
    return new RenderedLine(shape, values);
  }
}

/**
 * Splits rendered text into lines at the template's own line breaks; a value holds none (see
 * `literal`). Text outside any wrapping is template text, sentinels left over by a broken wrapping
 * are dropped.
 */
export function splitRenderedLines(text: string): RenderedLine[] {
  const lines: RenderedLine[] = [];
  let shape = '';
  let values: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === LITERAL_OPEN) {
      const close = text.indexOf(LITERAL_CLOSE, i + 1);
      const end = close < 0 ? text.length : close;
      values.push(withoutSentinels(text.slice(i + 1, end)));
      shape += LITERAL_SLOT;
      i = end + 1;
      continue;
    }
    if (ch === '\n') {
      lines.push(new RenderedLine(shape.replace(/\r$/, ''), values));
      shape = '';
      values = [];
    } else if (ch < '\ufdd0' || ch > '\ufdef') {
      shape += ch;
    }
    i++;
  }
  lines.push(new RenderedLine(shape.replace(/\r$/, ''), values));
  return lines;
}

const BOLD = /\*\*(.+?)\*\*/g;

/**
 * A value that may carry the one markup data is allowed: `**bold**` (the lead sentence of a paragraph of
 * highlights, docs/templates.md). Printed, its bold stretches become the template's `**` around literal
 * text; everything else in it — 【标题】, `一、`, line breaks — stays text.
 */
export class MarkedText {
  constructor(readonly source: string) {}

  /** The text without its markup. */
  toString(): string {
    return this.source.replace(BOLD, '$1');
  }

  /** The value as it joins the rendered text: literal runs, bold ones between `**`. */
  rendered(): string {
    let out = '';
    let last = 0;
    BOLD.lastIndex = 0;
    for (let m = BOLD.exec(this.source); m !== null; m = BOLD.exec(this.source)) {
      if (m.index > last) out += literal(this.source.slice(last, m.index));
      out += `**${literal(m[1]!)}**`;
      last = m.index + m[0].length;
    }
    if (last < this.source.length) out += literal(this.source.slice(last));
    return out;
  }
}
