/**
 * A worksheet part turned into rows of plain cell values, as the XML streams past.
 */

import { parseIsoCellDate } from './iso-cell-date.js';
import { ReadFailure } from './read-errors.js';
import { MAX_DATE_SERIAL, serialToDate } from './serial-date.js';
import type { CellValue, SheetRow } from './types.js';
import { unescapeOoxml } from './xml-text.js';
import type { XmlHandler, XmlTokenizer } from './xml-tokenizer.js';

/** Element names the sheet scanner listens to; codes are 1-based indexes. */
export const SHEET_NAMES = ['sheetData', 'row', 'c', 'v', 'is', 't', 'rPh'] as const;
const [SHEET_DATA, ROW, CELL, VALUE, INLINE_STRING, TEXT, PHONETIC] = [1, 2, 3, 4, 5, 6, 7];

/** A cell's `t` attribute. */
const CellType = {
  Number: 0,
  Shared: 1,
  FormulaString: 2,
  Inline: 3,
  Boolean: 4,
  Error: 5,
  IsoDate: 6,
} as const;
type CellType = (typeof CellType)[keyof typeof CellType];

const [LETTER_R, LETTER_S, LETTER_T] = [114, 115, 116];

/** Column XFD, the last one Excel has; a larger column reference is corrupt (and would cost memory). */
const MAX_COLUMN = 16_384;

/** What a sheet's cells refer to outside the sheet part. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** Per cell style index, 1 when the style's number format is a date format. */
  dateStyles: Uint8Array;
  date1904: boolean;
}

/**
 * Handles a worksheet's tokens and collects finished rows in `ready`.
 * NOTE: rows and cells without an `r` attribute follow the previous one; only cells with a value are
 * stored, so the non-master cells of a merged range (which have none in the XML) stay null.
 */
export class SheetScanner implements XmlHandler {
  /** Rows finished since the caller last took them. */
  ready: SheetRow[] = [];
  private inSheetData = false;
  private rowNumber = 0;
  private cells: CellValue[] | null = null;
  private lastColumn = -1;
  private inCell = false;
  private column = 0;
  private style = 0;
  private type: CellType = CellType.Number;
  /** The `<v>` text (null without a `<v>`), unless it was a plain integer, kept in `integer`. */
  private value: string | null = null;
  private integer = -1;
  private inline: string | null = null;
  private inValue = false;
  private inText = false;
  private phonetic = 0;
  private readonly texts = new TextCache();

  constructor(private readonly context: SheetContext) {}

  /** Takes the rows finished so far. */
  take(): SheetRow[] {
    const rows = this.ready;
    this.ready = [];
    return rows;
  }

  /** Finishes a row left open when the part ended. */
  finish(): void {
    this.endRow();
  }

  open(x: XmlTokenizer, name: number, selfClosing: boolean): void {
    switch (name) {
      case SHEET_DATA:
        this.inSheetData = !selfClosing;
        if (selfClosing) x.stopped = true;
        break;
      case ROW:
        if (!this.inSheetData) break;
        this.startRow(x);
        if (selfClosing) this.endRow();
        break;
      case CELL:
        if (this.cells === null) break;
        this.startCell(x);
        if (selfClosing) this.endCell();
        break;
      case VALUE:
        if (!this.inCell) break;
        this.value = '';
        this.integer = -1;
        this.inValue = !selfClosing;
        x.wantText = this.inValue;
        break;
      case INLINE_STRING:
        if (this.inCell) this.inline = '';
        break;
      case TEXT:
        if (this.inline === null || this.phonetic > 0 || selfClosing) break;
        this.inText = true;
        x.wantText = true;
        break;
      case PHONETIC:
        if (!selfClosing && this.inline !== null) this.phonetic++;
        break;
    }
  }

  close(x: XmlTokenizer, name: number): void {
    switch (name) {
      case SHEET_DATA:
        // Merged ranges, hyperlinks and the rest follow the data; none of it is needed.
        this.endRow();
        this.inSheetData = false;
        x.stopped = true;
        break;
      case ROW:
        this.endRow();
        break;
      case CELL:
        if (this.inCell) this.endCell();
        break;
      case VALUE:
        this.inValue = false;
        x.wantText = false;
        break;
      case TEXT:
        this.inText = false;
        x.wantText = false;
        break;
      case PHONETIC:
        if (this.phonetic > 0) this.phonetic--;
        break;
    }
  }

  text(x: XmlTokenizer, start: number, end: number): void {
    if (this.inValue) this.addValue(x, start, end);
    else if (this.inText) this.inline = (this.inline ?? '') + this.texts.text(x, start, end);
  }

  /** Numbers and shared-string indexes are mostly plain integers: read them without making a string. */
  private addValue(x: XmlTokenizer, start: number, end: number): void {
    const numeric = this.type === CellType.Number || this.type === CellType.Shared;
    if (numeric && this.value === '' && this.integer < 0) {
      const integer = plainInteger(x.bytes, start, end);
      if (integer >= 0) {
        this.integer = integer;
        return;
      }
    }
    const before = this.integer >= 0 ? String(this.integer) : (this.value ?? '');
    this.integer = -1;
    this.value = before + x.textAt(start, end);
  }

  private startRow(x: XmlTokenizer): void {
    this.endRow();
    const index = x.attrIndexOf(LETTER_R);
    const number = index < 0 ? -1 : plainInteger(x.bytes, x.attrStart(index), x.attrEnd(index));
    this.rowNumber = number > 0 ? number : this.rowNumber + 1;
    this.cells = [];
    this.lastColumn = -1;
  }

  private endRow(): void {
    const cells = this.cells;
    if (cells === null) return;
    this.cells = null;
    this.inCell = false;
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    if (cells.some((cell) => cell !== null && cell !== '')) this.ready.push({ row: this.rowNumber, cells });
  }

  private startCell(x: XmlTokenizer): void {
    this.inCell = true;
    this.column = this.columnOf(x);
    const style = x.attrIndexOf(LETTER_S);
    this.style = style < 0 ? 0 : Math.max(plainInteger(x.bytes, x.attrStart(style), x.attrEnd(style)), 0);
    const type = x.attrIndexOf(LETTER_T);
    this.type = type < 0 ? CellType.Number : cellType(x, type);
    this.value = null;
    this.integer = -1;
    this.inline = null;
    this.inValue = false;
    this.inText = false;
    this.phonetic = 0;
  }

  /** The 0-based column from the cell's `r` (its letters), else the one after the previous cell. */
  private columnOf(x: XmlTokenizer): number {
    const index = x.attrIndexOf(LETTER_R);
    if (index < 0) return this.lastColumn + 1;
    const bytes = x.bytes;
    const end = x.attrEnd(index);
    let column = 0;
    let letters = 0;
    for (let at = x.attrStart(index); at < end; at++, letters++) {
      const code = bytes[at]! | 0x20; // lower-cases a letter
      if (code < 97 || code > 122) break;
      column = column * 26 + (code - 96);
      if (column > MAX_COLUMN) throw new ReadFailure('WORKBOOK_CORRUPT', `cell reference beyond column XFD`);
    }
    return letters === 0 ? this.lastColumn + 1 : column - 1;
  }

  private endCell(): void {
    this.inCell = false;
    this.lastColumn = this.column;
    if (this.column >= MAX_COLUMN) throw new ReadFailure('WORKBOOK_CORRUPT', `cell beyond column XFD`);
    const value = this.cellValue();
    if (value === null || this.cells === null) return;
    const cells = this.cells;
    while (cells.length < this.column) cells.push(null);
    cells[this.column] = value;
  }

  private cellValue(): CellValue {
    if (this.integer >= 0) {
      if (this.type === CellType.Shared) return this.sharedString(this.integer);
      return this.numberValue(this.integer);
    }
    const value = this.value;
    switch (this.type) {
      case CellType.Shared:
        return value === null ? null : this.sharedString(value);
      case CellType.FormulaString:
        return value === null ? null : unescapeOoxml(value);
      case CellType.Inline:
        return this.inline !== null
          ? unescapeOoxml(this.inline)
          : value === null
            ? null
            : unescapeOoxml(value);
      case CellType.Boolean:
        return value === null ? null : booleanValue(value);
      case CellType.Error:
        return value === null || value.trim() === '' ? null : { error: value.trim() };
      case CellType.IsoDate:
        if (value === null || value.trim() === '') return null;
        return parseIsoCellDate(value, this.context.date1904) ?? value;
      default:
        return value === null ? null : this.parsedNumber(value);
    }
  }

  private sharedString(index: number | string): string {
    const position = typeof index === 'number' ? index : Number(index);
    const text = Number.isInteger(position) ? this.context.sharedStrings[position] : undefined;
    if (text === undefined) {
      throw new ReadFailure(
        'WORKBOOK_CORRUPT',
        `row ${this.rowNumber} refers to shared string ${String(index).slice(0, 20)} of ${this.context.sharedStrings.length}`,
      );
    }
    return text;
  }

  /** The number in a `<v>` that was not a plain integer: text that is not a number is kept as text. */
  private parsedNumber(value: string): CellValue {
    if (value.trim() === '') return null;
    const number = Number(value);
    return Number.isFinite(number) ? this.numberValue(number) : value;
  }

  /** A number, or the Date it stands for when the cell's style shows a date. */
  private numberValue(number: number): CellValue {
    const isDate = this.context.dateStyles[this.style] === 1 && number >= 0 && number <= MAX_DATE_SERIAL;
    return isDate ? serialToDate(number, this.context.date1904) : number;
  }
}

/** Slots of the text cache (a power of two) and the longest text it keeps, in bytes. */
const TEXT_SLOTS = 1024;
const TEXT_BYTES = 48;

/**
 * The texts of inline-string cells (`t="inlineStr"`, as Java exporters write every string), by their
 * bytes: down a column the same few values recur (检查类型, 是/否, 合格, a month), and a text found here
 * is neither decoded again nor a new string.
 * NOTE: only text without `&` or CR is kept, whose decoding is plain UTF-8 in CDATA or not; the rest
 * goes to `textAt` every time.
 */
class TextCache {
  private readonly bytes = new Uint8Array(TEXT_SLOTS * TEXT_BYTES);
  private readonly lengths = new Int32Array(TEXT_SLOTS).fill(-1);
  private readonly texts: string[] = new Array<string>(TEXT_SLOTS).fill('');

  text(x: XmlTokenizer, start: number, end: number): string {
    const length = end - start;
    if (length > TEXT_BYTES) return x.textAt(start, end);
    const source = x.bytes;
    let hash = length;
    for (let at = start; at < end; at++) {
      const byte = source[at]!;
      if (byte === 38 /* & */ || byte === 13 /* CR */) return x.textAt(start, end);
      hash = (Math.imul(hash, 31) + byte) | 0;
    }
    const slot = hash & (TEXT_SLOTS - 1);
    const base = slot * TEXT_BYTES;
    if (this.lengths[slot] === length) {
      let same = true;
      for (let i = 0; i < length && same; i++) same = this.bytes[base + i] === source[start + i];
      if (same) return this.texts[slot]!;
    }
    const text = x.textAt(start, end);
    for (let i = 0; i < length; i++) this.bytes[base + i] = source[start + i]!;
    this.lengths[slot] = length;
    this.texts[slot] = text;
    return text;
  }
}

function booleanValue(value: string): CellValue {
  const text = value.trim();
  if (text === '1' || text === 'true') return true;
  if (text === '0' || text === 'false') return false;
  return text === '' ? null : text;
}

/** The value of `bytes[start, end)` when it is only decimal digits (at most 15), else -1. */
function plainInteger(bytes: Buffer, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = bytes[at]! - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function cellType(x: XmlTokenizer, index: number): CellType {
  const first = x.bytes[x.attrStart(index)];
  switch (x.attrEnd(index) - x.attrStart(index)) {
    case 1:
      if (first === 115 /* s */) return CellType.Shared;
      if (first === 98 /* b */) return CellType.Boolean;
      if (first === 101 /* e */) return CellType.Error;
      if (first === 100 /* d */) return CellType.IsoDate;
      return CellType.Number;
    case 3:
      return first === 115 /* str */ ? CellType.FormulaString : CellType.Number;
    case 9:
      return first === 105 /* inlineStr */ ? CellType.Inline : CellType.Number;
    default:
      return CellType.Number;
  }
}
