/**
 * Real workbooks from public test suites (Apache POI, SheetJS) and a few synthetic ones, listed in
 * `../shared/corpus/MANIFEST.tsv`. They are read from there, never committed.
 * Run with `npm run test:corpus` (which builds the CLI first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type CellValue, openWorkbook, type SheetRow, WorkbookReadError } from '../../src/workbook/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = resolve(ROOT, '../shared/corpus');
const MANIFEST = join(CORPUS, 'MANIFEST.tsv');
const CLI = join(ROOT, 'bin/circular.js');
const BUILT_CLI = join(ROOT, 'dist/cli/index.js');
const LIMIT_MS = 20_000;

/** File names from the manifest (first column, header skipped). */
function corpusFiles(): string[] {
  return readFileSync(MANIFEST, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split('\t')[0] ?? '')
    .filter((name) => name !== '');
}

/** Files whose refusal is known, with the code it must carry. */
const EXPECTED_CODES: Record<string, string> = {
  'sheetjs-1904.ods': 'WORKBOOK_ODS',
  'sheetjs-1904.xlsb': 'WORKBOOK_XLSB',
  'sheetjs-wps-write.et': 'WORKBOOK_OLE2',
  'sheetjs-wps-write.xls': 'WORKBOOK_OLE2',
  'poi-protected_passtika.xlsx': 'WORKBOOK_ENCRYPTED',
  'poi-poc-xmlbomb.xlsx': 'WORKBOOK_CORRUPT',
  'poi-54764.xlsx': 'WORKBOOK_CORRUPT',
  'poi-xlsx-corrupted.xlsx': 'WORKBOOK_CORRUPT',
  'trunc-truncated.xlsx': 'WORKBOOK_CORRUPT',
  'synthetic-random-bytes.xlsx': 'WORKBOOK_CORRUPT',
  'synthetic-empty.xlsx': 'WORKBOOK_EMPTY_FILE',
  'synthetic-html-as.xls': 'WORKBOOK_HTML',
  'synthetic-zip-bomb.xlsx': 'WORKBOOK_TOO_LARGE',
};

/** Files that are valid workbooks and must open and read without error. */
const READABLE = [
  'sheetjs-1900.xlsx',
  'sheetjs-1904.xlsx',
  'sheetjs-d-date-cell.xlsx',
  'sheetjs-rich-text.xlsx',
  'sheetjs-merge-cells.xlsx',
  'sheetjs-hyperlinks.xlsx',
  'sheetjs-error-types.xlsx',
  'sheetjs-formulas.xlsx',
  'sheetjs-libreoffice-numbers.xlsx',
  'sheetjs-wps-write.xlsx',
  'sheetjs-wtf-path.xlsx',
  'sheetjs-strict.xlsx',
  'sheetjs-wps-fn.xlsx',
  'poi-57893-many-merges.xlsx',
  'poi-65016.xlsx',
  'poi-MalformedSSTCount.xlsx',
  'poi-style-alternate-content.xlsx',
];

type Outcome =
  | { ok: true; sheets: { name: string; date1904: boolean; rows: SheetRow[] }[] }
  | { ok: false; error: unknown };

/** Opens a corpus file and reads every row of every sheet. */
async function readCorpusFile(name: string): Promise<Outcome> {
  try {
    const workbook = await openWorkbook(join(CORPUS, name), { displayName: name });
    const sheets: { name: string; date1904: boolean; rows: SheetRow[] }[] = [];
    for (const sheet of workbook.sheets) {
      const rows: SheetRow[] = [];
      for await (const row of sheet.rows()) rows.push(row);
      sheets.push({ name: sheet.name, date1904: sheet.date1904, rows });
    }
    return { ok: true, sheets };
  } catch (error) {
    return { ok: false, error };
  }
}

const day = (value: CellValue | undefined) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : value;

if (!existsSync(MANIFEST)) {
  describe('corpus', () => {
    it.skip(`needs the shared corpus at ${CORPUS} (absent here, so nothing was read)`, () => {});
  });
  console.warn(`[corpus] ${CORPUS} is absent: the corpus tests are skipped.`);
} else {
  const files = corpusFiles();

  describe('every corpus file, read by the library', () => {
    it.each(files)('%s either reads cleanly or throws WorkbookReadError, within 20 s', async (name) => {
      const started = performance.now();
      const outcome = await readCorpusFile(name);
      expect(performance.now() - started).toBeLessThan(LIMIT_MS);
      if (!outcome.ok) {
        expect(outcome.error).toBeInstanceOf(WorkbookReadError);
        const error = outcome.error as WorkbookReadError;
        expect(error.message).toMatch(
          new RegExp(`^无法读取“${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”：`),
        );
        expect(error.hint).toBeTruthy();
      }
      if (name in EXPECTED_CODES) {
        expect(outcome.ok ? 'read without error' : (outcome.error as WorkbookReadError).code).toBe(
          EXPECTED_CODES[name],
        );
      }
      if (READABLE.includes(name)) expect(outcome.ok ? 'read' : String(outcome.error)).toBe('read');
    });
  });

  describe('what the valid corpus workbooks contain', () => {
    it('reads 1900 and 1904 workbooks as the dates Excel itself shows (its TEXT() results in column C)', async () => {
      for (const [name, date1904] of [
        ['sheetjs-1900.xlsx', false],
        ['sheetjs-1904.xlsx', true],
      ] as const) {
        const outcome = await readCorpusFile(name);
        if (!outcome.ok) throw outcome.error;
        const sheet = outcome.sheets[0]!;
        expect(sheet.date1904).toBe(date1904);
        expect(sheet.rows).toHaveLength(5);
        for (const { cells } of sheet.rows) {
          expect(cells[1]).toBeInstanceOf(Date);
          expect(day(cells[1])).toBe(cells[2]);
        }
      }
    });

    it('gives the two files’ identical serials dates 1462 days apart (1461 before 1900-03-01)', async () => {
      const [old, mac] = await Promise.all([
        readCorpusFile('sheetjs-1900.xlsx'),
        readCorpusFile('sheetjs-1904.xlsx'),
      ]);
      if (!old.ok || !mac.ok) throw new Error('both files should read');
      const days = (outcome: typeof old) =>
        outcome.sheets[0]!.rows.map((row) => (row.cells[1] as Date).getTime() / 86_400_000);
      // Serials 1 and 11 fall before Excel's fictitious 1900-02-29, which the 1900 system counts as a day.
      expect(days(mac).map((value, index) => value - days(old)[index]!)).toEqual([
        1461, 1461, 1462, 1462, 1462,
      ]);
    });

    it('reads t="d" ISO cells and time formats of sheetjs-d-date-cell.xlsx', async () => {
      const outcome = await readCorpusFile('sheetjs-d-date-cell.xlsx');
      if (!outcome.ok) throw outcome.error;
      const rows = outcome.sheets[0]!.rows;
      expect(rows[4]).toEqual({ row: 5, cells: ['Date', new Date('2014-02-14T08:27:48.765Z')] });
      expect(rows[0]!.cells).toEqual(['String', 'てすと', '&\'";<>', '&amp;']);
      expect(rows[6]!.cells).toEqual(['Time Built-in format #18', new Date('1900-01-01T12:00:00.000Z')]);
      expect(rows[7]!.cells).toEqual(['Percentage Built-in format #9', 0.5]);
    });

    it('reads poi-57893-many-merges.xlsx (50,000 merged ranges) well under 20 s', async () => {
      const started = performance.now();
      const outcome = await readCorpusFile('poi-57893-many-merges.xlsx');
      expect(outcome.ok).toBe(true);
      expect(performance.now() - started).toBeLessThan(3_000);
    });

    it('keeps merged cells to their master in sheetjs-merge-cells.xlsx', async () => {
      const outcome = await readCorpusFile('sheetjs-merge-cells.xlsx');
      if (!outcome.ok) throw outcome.error;
      expect(outcome.sheets[0]!.rows[0]!.cells).toEqual(['A1:B2', null, 'C1:C2', 'Separate blocks']);
    });

    it('finds the workbook outside xl/ and lists hidden sheets of strict files', async () => {
      const wtf = await readCorpusFile('sheetjs-wtf-path.xlsx');
      const strict = await readCorpusFile('sheetjs-strict.xlsx');
      if (!wtf.ok || !strict.ok) throw new Error('both files should read');
      expect(wtf.sheets.map((sheet) => sheet.name)).toEqual(['SheetJS', 'Hidden']);
      expect(strict.sheets.map((sheet) => sheet.name)).toEqual(['Visible', 'Hidden', 'VeryHidden']);
      expect(strict.sheets[0]!.rows[1]!.cells).toEqual([118, 105, 115, 105, 98, 108, 101]);
    });
  });

  describe.skipIf(!existsSync(BUILT_CLI))('every corpus file, through the built CLI', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'circular-corpus-'));
    afterAll(() => rmSync(cwd, { recursive: true, force: true }));

    it.each(files)('circular validate %s exits 1 with a diagnostic naming it and no stack trace', (name) => {
      const started = performance.now();
      const result = spawnSync(process.execPath, [CLI, 'validate', join(CORPUS, name), '--format', 'json'], {
        cwd,
        encoding: 'utf8',
        timeout: LIMIT_MS,
        maxBuffer: 256 * 1024 * 1024,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.error).toBeUndefined();
      expect(performance.now() - started).toBeLessThan(LIMIT_MS);
      expect(result.status).toBe(1);
      expect(output).toContain(name);
      for (const text of ['TypeError', 'at Object.', 'node:internal', 'Cannot read prop', 'undefined']) {
        expect(output).not.toContain(text);
      }
      const report = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string }[] };
      expect(report.diagnostics.some((diagnostic) => diagnostic.file.endsWith(name))).toBe(true);
    });
  });

  if (!existsSync(BUILT_CLI))
    console.warn(`[corpus] ${BUILT_CLI} is not built: the CLI-level corpus tests are skipped.`);
}
