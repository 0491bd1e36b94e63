import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type CellValue, WorkbookReadError } from '../../src/workbook/index.js';
import { rawXlsx, readAll, tempFolder } from './build-xlsx.js';

const folder = tempFolder();
afterAll(() => folder.cleanup());

/** Text as Excel writes it: `_xHHHH_` for characters XML cannot carry (and for a literal `_xHHHH_`), then XML escapes. */
function escapeCellText(text: string): string {
  const ooxml = text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g,
      (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
  return ooxml.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const pieces = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '&amp;',
  ']]>',
  '_x000D_',
  '_x',
  ' ',
  '\t',
  '\n',
  '\r',
  '账号',
  '微博',
  '😀',
  '𠀀',
  'abc',
];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join('')),
);
const value: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((number) => (Object.is(number, -0) ? 0 : number)),
  fc.integer({ min: -1e6, max: 1e15 }),
  fc.boolean(),
  fc.constant(null),
);
const cell = fc.record({
  column: fc.integer({ min: 0, max: 30 }),
  value,
  shared: fc.boolean(),
  keepR: fc.boolean(),
});
const row = fc.record({
  number: fc.integer({ min: 1, max: 60 }),
  keepR: fc.boolean(),
  cells: fc.uniqueArray(cell, { selector: (item) => item.column, maxLength: 12 }),
});
const sheet = fc.uniqueArray(row, { selector: (item) => item.number, maxLength: 20 });
type SheetShape = typeof sheet extends fc.Arbitrary<infer T> ? T : never;

function columnLetters(column: number): string {
  return column < 26 ? String.fromCharCode(65 + column) : `A${String.fromCharCode(65 + column - 26)}`;
}

/** The sheet as raw XML, with the rows a reader should give back. */
function writeSheet(rows: SheetShape) {
  const shared: string[] = [];
  const xml: string[] = [];
  const expected: { row: number; cells: CellValue[] }[] = [];
  let previousRow = 0;
  for (const { number, keepR, cells } of [...rows].sort((a, b) => a.number - b.number)) {
    const sorted = [...cells].sort((a, b) => a.column - b.column);
    const parts: string[] = [];
    const values: CellValue[] = [];
    let previousColumn = -1;
    for (const { column, value, shared: useShared, keepR: cellKeepsR } of sorted) {
      const r = cellKeepsR || column !== previousColumn + 1 ? ` r="${columnLetters(column)}${number}"` : '';
      previousColumn = column;
      if (value === null) {
        parts.push(`<c${r} s="0"/>`);
        continue;
      }
      while (values.length < column) values.push(null);
      values[column] = value;
      if (typeof value === 'string' && useShared) {
        parts.push(`<c${r} t="s"><v>${shared.length}</v></c>`);
        shared.push(`<si><t xml:space="preserve">${escapeCellText(value)}</t></si>`);
      } else if (typeof value === 'string') {
        parts.push(`<c${r} t="inlineStr"><is><t>${escapeCellText(value)}</t></is></c>`);
      } else if (typeof value === 'boolean') {
        parts.push(`<c${r} t="b"><v>${value ? 1 : 0}</v></c>`);
      } else {
        parts.push(`<c${r}><v>${String(value)}</v></c>`);
      }
    }
    const rowR = keepR || number !== previousRow + 1 ? ` r="${number}"` : '';
    previousRow = number;
    xml.push(`<row${rowR}>${parts.join('')}</row>`);
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    if (values.some((item) => item !== null && item !== '')) expected.push({ row: number, cells: values });
  }
  return { rows: xml.join(''), sharedStrings: shared.join(''), expected };
}

/** Settles within the time limit or fails: a reader must never hang. */
function withinSeconds<T>(seconds: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not settle within ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('round trip of random cells written as raw sheet XML', () => {
  it('reads back exactly what was written, whatever the values and the shape', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(sheet, fc.boolean(), async (rows, stored) => {
        const { rows: xml, sharedStrings, expected } = writeSheet(rows);
        const path = folder.write(
          `round-${run++}.xlsx`,
          rawXlsx({ level: stored ? 0 : 6, sharedStrings, sheets: [{ name: 'S', rows: xml }] }),
        );
        const { sheets } = await readAll(path);
        expect(sheets[0]!.rows).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('random damage to a valid workbook', () => {
  const valid = (level: 0 | 6) =>
    rawXlsx({
      level,
      sharedStrings: '<si><t>账号名称</t></si><si><r><t>无锡</t></r><r><t>发布</t></r></si>',
      styles:
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>',
      sheets: [
        {
          name: '台账',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>平台</t></is></c></row>' +
            '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>45291</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c></row>',
        },
        { name: '隐藏', state: 'hidden', rows: '<row r="3"><c r="C3" t="str"><f>A1</f><v>x</v></c></row>' },
      ],
    });
  /** The bytes with some overwritten, or cut short. */
  const applyDamage = (
    original: Uint8Array,
    change: { at: number; byte: number }[] | { cut: number },
  ): Buffer => {
    const bytes = Buffer.from(original);
    if (!Array.isArray(change)) return bytes.subarray(0, change.cut % bytes.length);
    for (const { at, byte } of change) bytes[at % bytes.length] = byte;
    return bytes;
  };
  const damage = fc.oneof(
    fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.record({ cut: fc.nat() }),
  );

  for (const level of [0, 6] as const) {
    it(`either reads or throws WorkbookReadError, and never hangs (${level === 0 ? 'stored' : 'deflated'})`, async () => {
      const original = valid(level);
      const outcomes = { read: 0, refused: 0 };
      let run = 0;
      await fc.assert(
        fc.asyncProperty(damage, async (change) => {
          const damaged = applyDamage(original, change);
          const path = folder.write(`damaged-${level}-${run++}.xlsx`, damaged);
          const outcome = await withinSeconds(10, readAll(path)).then(
            () => 'read',
            (error: unknown) => error,
          );
          outcomes[outcome === 'read' ? 'read' : 'refused']++;
          if (outcome !== 'read') {
            expect(outcome).toBeInstanceOf(WorkbookReadError);
            expect((outcome as WorkbookReadError).message).toMatch(/^无法读取“/);
          }
        }),
        { numRuns: 300 },
      );
      // Both paths were exercised: some damage is harmless (or hits text), some is fatal.
      expect(outcomes.read).toBeGreaterThan(0);
      expect(outcomes.refused).toBeGreaterThan(0);
    });
  }
});
