/**
 * Where the pages fall, worked out before Word or LibreOffice lays the document out. GB/T 9704 puts the
 * 版记 at the foot of the last even page, and which page that is depends on the layout: the writer
 * needs the number of pages and how full the last one is.
 *
 * The estimate can agree with a word processor because the writer fixes every height itself: body,
 * title and 版记 lines are exactly 579 twips, table lines exactly 360, table rows at least the height
 * `rowHeight` gives them (set on each row), widow and orphan control on for every paragraph. What is
 * left to estimate is where lines break: CJK characters are one em, Latin letters and digits their
 * Times New Roman widths, a run of letters or digits never breaks, 避头尾 punctuation stays with its
 * neighbour and closing punctuation may hang past the margin (as both readers do by default).
 */

import type { Attachment, CircularDocument, Colophon } from '../document-model.js';
import { breakTitle } from './break-title.js';
import { attachmentNoteIndent, attachmentNoteTexts } from './build-body.js';
import {
  CELL_MARGIN,
  charWidth,
  FONT_SIZE,
  LINE_PITCH,
  TABLE_LINE,
  TEXT_HEIGHT,
  TEXT_WIDTH,
  TITLE_GAP,
  TWO_CHARS,
} from './layout.js';
import { isAutospaced, isHalfWidth, LINE_END_FORBIDDEN, LINE_START_FORBIDDEN, textWidth } from './measure.js';
import { fitWidths, scaleWidths } from './scale-widths.js';

/**
 * Added to a row's text and padding to make its minimum height: more than a reader adds for the row's
 * borders (LibreOffice adds the 0.5 pt rule, 10 twips), so every reader sets the row at exactly this height.
 */
const ROW_CUSHION = 20;

/** Half-em units a reader adds between CJK text and a Latin letter or digit (LibreOffice: 0.2 em). */
const AUTOSPACE = 0.4;

/** Closing punctuation a reader lets hang past the right margin rather than start a line with it. */
const HANGING = new Set([...'，。、．,.']);

/** Width of one character in half-em units: CJK 2, digits 1, Latin letters and signs by Times New Roman. */
export function charUnits(char: string): number {
  if (!isHalfWidth(char.codePointAt(0) ?? 0)) return 2;
  if (/[0-9]/.test(char)) return 1;
  if (/[MW%]/.test(char)) return 1.8;
  if (/[A-Z]/.test(char)) return 1.4;
  if (/[mw]/.test(char)) return 1.5;
  if (/[ilj.,;:'!|\s]/.test(char)) return 0.6;
  return 1;
}

/** Pieces a line may not be broken inside: a run of letters and digits, or one CJK character, with the 避头尾 punctuation around it. */
function pieces(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let piece = '';
    // Opening punctuation goes with what follows.
    while (i < chars.length && LINE_END_FORBIDDEN.has(chars[i]!)) piece += chars[i++];
    if (i < chars.length && /[A-Za-z0-9]/.test(chars[i]!)) {
      while (i < chars.length && /[A-Za-z0-9.%_\-/:@]/.test(chars[i]!)) piece += chars[i++];
    } else if (i < chars.length) {
      piece += chars[i++];
    }
    // Closing punctuation goes with what precedes it.
    while (i < chars.length && LINE_START_FORBIDDEN.has(chars[i]!)) piece += chars[i++];
    out.push(piece);
  }
  return out;
}

/** Width of a line of text in half-em units, as `countLines` measures it (autospacing included). */
function lineUnits(text: string): number {
  let units = 0;
  let prev: string | undefined;
  for (const char of text) {
    units += charUnits(char);
    if (prev !== undefined && isAutospaced(prev, char)) units += AUTOSPACE;
    prev = char;
  }
  return units;
}

function unitsOf(text: string): number {
  let units = 0;
  for (const char of text) units += charUnits(char);
  return units;
}

/** Widths of a paragraph's lines in twips: the first line's, then every later line's. */
export interface LineWidths {
  first: number;
  rest: number;
}

/**
 * Lines a paragraph of `text` takes at a font size (half-points), filling each line greedily as the
 * readers do. Empty text is one line.
 */
export function countLines(text: string, sizeHalfPoints: number, widths: LineWidths): number {
  const unit = charWidth(sizeHalfPoints) / 2;
  // At least one character a line, however narrow the column: a line always takes something.
  const capacity = (width: number) => Math.max(2, width / unit);
  let lines = 1;
  let room = capacity(widths.first);
  let used = 0;
  let prev: string | undefined;
  for (const piece of pieces(text)) {
    const gap = prev !== undefined && isAutospaced(prev, Array.from(piece)[0] ?? '') ? AUTOSPACE : 0;
    const width = unitsOf(piece);
    if (used + gap + width <= room + 1e-9) {
      used += gap + width;
    } else {
      // Hanging punctuation: the piece fits without its trailing comma or full stop.
      const chars = Array.from(piece);
      const last = chars.at(-1) ?? '';
      if (used > 0 && HANGING.has(last) && used + gap + width - charUnits(last) <= room + 1e-9) {
        used = room;
      } else if (used === 0 || width > capacity(widths.rest)) {
        // A piece longer than a line: it breaks where it must.
        let left = used + gap + width;
        while (left > room + 1e-9) {
          left -= room;
          lines++;
          room = capacity(widths.rest);
        }
        used = left;
      } else {
        lines++;
        room = capacity(widths.rest);
        used = width;
      }
    }
    prev = Array.from(piece).at(-1);
  }
  return lines;
}

/** Lines of a table cell's text (a newline starts a new line) in a column `width` twips wide. */
export function cellLines(text: string, width: number): number {
  const inner = width - CELL_MARGIN.left - CELL_MARGIN.right;
  return text
    .split(/\r?\n/)
    .reduce((sum, line) => sum + countLines(line, FONT_SIZE.table, { first: inner, rest: inner }), 0);
}

/** The height a table row is set to: its tallest cell's lines, padding and a cushion for the rules. */
export function rowHeight(lines: number): number {
  return lines * TABLE_LINE + CELL_MARGIN.top + CELL_MARGIN.bottom + ROW_CUSHION;
}

/** Lines of a row: its tallest cell. */
export function rowLines(cells: readonly string[], widths: readonly number[]): number {
  return Math.max(1, ...cells.map((text, i) => cellLines(text, widths[i] ?? 0)));
}

/** A little more than a text's estimated width, so that a column fitted to it keeps it on one line. */
const FIT_MARGIN = 30;

/** The width a column needs to hold `text` on one line (each line of it, when it has newlines). */
export function singleLineWidth(text: string): number {
  const unit = charWidth(FONT_SIZE.table) / 2;
  const widest = Math.max(...text.split(/\r?\n/).map((line) => lineUnits(line)));
  return Math.ceil(widest * unit) + CELL_MARGIN.left + CELL_MARGIN.right + FIT_MARGIN;
}

/**
 * The column widths an attachment's table is written with: the model's widths scaled to the 版心, then
 * width moved from columns with room to spare to columns whose header or longest cell would wrap.
 */
export function attachmentWidths(attachment: Attachment): number[] {
  const widths = scaleWidths(
    attachment.columns.map((c) => c.width),
    TEXT_WIDTH,
  );
  const needs = attachment.columns.map((column, i) => {
    // A loop, not Math.max(...rows): a province's table has more rows than a call has arguments.
    let need = singleLineWidth(column.header);
    for (const row of attachment.rows) need = Math.max(need, singleLineWidth(row[i] ?? ''));
    return need;
  });
  return fitWidths(widths, needs);
}

/** A table as it is written and laid out: column widths, header row height, each data row's height. */
export interface TableLayout {
  widths: number[];
  header: number;
  /** One height per data row; empty when the table has none (its 无 row is not a data row). */
  rows: number[];
}

const LAYOUTS = new WeakMap<Attachment, TableLayout>();

/**
 * An attachment's table layout, worked out once: the table's frame, its data rows' XML and the page
 * flow each need it, and measuring tens of thousands of cells three times cost a province's build
 * a third of a second.
 */
export function tableLayout(attachment: Attachment): TableLayout {
  let layout = LAYOUTS.get(attachment);
  if (!layout) {
    const widths = attachmentWidths(attachment);
    const header = rowHeight(
      rowLines(
        attachment.columns.map((c) => c.header),
        widths,
      ),
    );
    layout = { widths, header, rows: attachment.rows.map((row) => rowHeight(rowLines(row, widths))) };
    LAYOUTS.set(attachment, layout);
  }
  return layout;
}

/** A paragraph as the page flow sees it. */
interface FlowParagraph {
  lines: number;
  /** Height of one line in twips. */
  pitch: number;
  /** Space after, twips. */
  after?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

/** Where the text ends: the page it ends on (1-based) and the twips used on that page. */
export interface PageEnd {
  page: number;
  used: number;
}

/** Paragraphs and tables laid onto pages of `TEXT_HEIGHT`, with widow/orphan control and keep-with-next. */
class PageFlow {
  page = 1;
  used = 0;
  private held: FlowParagraph[] = [];

  get end(): PageEnd {
    return { page: this.page, used: this.used };
  }

  newPage(): void {
    this.page++;
    this.used = 0;
  }

  /** Adds a paragraph; one marked keep-with-next waits for the paragraph or table after it. */
  paragraph(p: FlowParagraph): void {
    if (p.keepNext) {
      this.held.push(p);
      return;
    }
    // The held paragraphs go with this one's first lines: two, or all of a paragraph of three or fewer.
    this.releaseHeld(Math.min(p.lines, p.lines <= 3 ? p.lines : 2) * p.pitch);
    if (p.pageBreakBefore && this.used > 0) this.newPage();
    this.lines(p);
  }

  /** Places the held keep-with-next paragraphs, on a new page unless `next` twips fit after them. */
  private releaseHeld(next: number): void {
    if (this.held.length === 0) return;
    const held = this.held;
    this.held = [];
    const lead = held.reduce((h, q) => h + q.lines * q.pitch + (q.after ?? 0), 0);
    if (held[0]?.pageBreakBefore || (this.used > 0 && this.used + lead + next > TEXT_HEIGHT)) this.newPage();
    for (const q of held) this.lines(q);
  }

  /** Lines of one paragraph with widow/orphan control: at least two lines at either side of a break. */
  private lines(p: FlowParagraph): void {
    let left = p.lines;
    for (;;) {
      const fit = Math.floor((TEXT_HEIGHT - this.used) / p.pitch);
      if (left <= fit) break;
      const here = Math.min(fit, left - 2);
      if (here >= 2) left -= here;
      this.newPage();
    }
    this.used += left * p.pitch + (p.after ?? 0);
  }

  /** A table whose header row repeats on each page and whose rows never split. */
  table(header: number, rows: readonly number[]): void {
    this.releaseHeld(header + (rows[0] ?? 0));
    if (this.used > 0 && this.used + header + (rows[0] ?? 0) > TEXT_HEIGHT) this.newPage();
    this.used += header;
    for (const row of rows) {
      if (this.used + row > TEXT_HEIGHT && this.used > header) {
        this.newPage();
        this.used = header;
      }
      this.used += row;
    }
  }
}

const BODY = FONT_SIZE.body;
const FULL: LineWidths = { first: TEXT_WIDTH, rest: TEXT_WIDTH };
const INDENTED: LineWidths = { first: TEXT_WIDTH - TWO_CHARS, rest: TEXT_WIDTH };

function bodyParagraph(text: string, widths: LineWidths, keepNext = false): FlowParagraph {
  return { lines: countLines(text, BODY, widths), pitch: LINE_PITCH, keepNext };
}

const ONE_LINE: FlowParagraph = { lines: 1, pitch: LINE_PITCH };

/** Where the main text and the attachments end, as the writer lays them out (see build-body and build-attachments). */
export function paginate(doc: CircularDocument): PageEnd {
  const flow = new PageFlow();
  // Step: title, blank line, 主送机关, 正文
  flow.paragraph({ lines: breakTitle(doc.title).length, pitch: LINE_PITCH });
  flow.paragraph(ONE_LINE);
  flow.paragraph(bodyParagraph(doc.addressees, FULL));
  for (const block of doc.body) {
    if (block.type === 'heading1') flow.paragraph(bodyParagraph(block.text, INDENTED, true));
    else flow.paragraph(bodyParagraph(block.runs.map((r) => r.text).join(''), INDENTED));
  }
  // Step: 附件说明
  const notes = attachmentNoteTexts(doc.attachments.map((a) => a.title));
  if (notes.length > 0) {
    flow.paragraph(ONE_LINE);
    const rest = TEXT_WIDTH - attachmentNoteIndent();
    notes.forEach((text, i) => {
      flow.paragraph(bodyParagraph(text, { first: i === 0 ? TEXT_WIDTH - TWO_CHARS : rest, rest }));
    });
  }
  // Step: 署名 and 成文日期
  flow.paragraph(ONE_LINE);
  flow.paragraph(ONE_LINE);
  flow.paragraph(ONE_LINE);
  // Step: each attachment on a new page
  for (const attachment of doc.attachments) {
    flow.paragraph({ ...ONE_LINE, pageBreakBefore: true });
    flow.paragraph(ONE_LINE);
    flow.paragraph({ lines: breakTitle(attachment.title).length, pitch: LINE_PITCH, after: TITLE_GAP });
    const { header, rows } = tableLayout(attachment);
    flow.table(
      header,
      rows.length > 0 ? rows : [rowHeight(countLines(attachment.emptyText ?? '无', FONT_SIZE.table, FULL))],
    );
  }
  return flow.end;
}

/** One character at 四号: how far the 版记's text sits in from each side. */
export const COLOPHON_INSET = charWidth(FONT_SIZE.colophon);

/** The 抄送 line as printed: the label, the names, a full stop. */
export function ccText(cc: string): string {
  return `抄送：${cc.replace(/^抄送[：:]\s*/u, '').replace(/[。．.，,；;]*$/u, '。')}`;
}

/** Height of the 版记 in twips: its lines at the 579 pitch. */
export function colophonHeight(colophon: Colophon): number {
  const cc = colophon.cc?.trim() ?? '';
  const inner = TEXT_WIDTH - 2 * COLOPHON_INSET;
  const hanging = textWidth('抄送：', FONT_SIZE.colophon);
  const ccLines =
    cc === '' ? 0 : countLines(ccText(cc), FONT_SIZE.colophon, { first: inner, rest: inner - hanging });
  return (ccLines + 1) * LINE_PITCH;
}

/**
 * Where the 版记 goes (GB/T 9704 §7.4): at the foot of the page the text ends on when that page is even
 * and has room for it and the paragraphs that carry it (`carrier` twips); on the next page when the text
 * ends on an odd page; else after a blank page, the two pages without page numbers (§7.5).
 */
export type ColophonPlacement = 'same-page' | 'next-page' | 'after-blank-page';

export function placeColophon(end: PageEnd, colophon: Colophon, carrier: number): ColophonPlacement {
  if (end.page % 2 === 1) return 'next-page';
  return end.used + carrier + colophonHeight(colophon) <= TEXT_HEIGHT ? 'same-page' : 'after-blank-page';
}

/**
 * Where a circular's 版记 goes. Its carriers are the paragraph after the float (its anchor) and, after
 * an attachment's table, one before it (Word would merge two tables that touch).
 */
export function colophonPlacement(doc: CircularDocument, colophon: Colophon): ColophonPlacement {
  const carrier = (doc.attachments.length > 0 ? 2 : 1) * LINE_PITCH;
  return placeColophon(paginate(doc), colophon, carrier);
}
