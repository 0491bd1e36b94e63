/**
 * An .xlsx (or .xlsm) package as a workbook: the zip directory, the parts found through relationships,
 * and one lazily read SheetSource per worksheet.
 */
import { readDateStyles } from './cell-styles.js';
import { type Relationship, readRelationships, readWorkbookPart } from './opc-package.js';
import { ReadFailure, toWorkbookReadError } from './read-errors.js';
import type { ReadLimits, TimeBudget } from './read-limits.js';
import { readSharedStrings } from './shared-strings.js';
import { SHEET_NAMES, type SheetContext, SheetScanner } from './sheet-rows.js';
import type { ReadProgress, SheetRow, SheetSource, WorkbookSource } from './types.js';
import { partBytes } from './xml-part.js';
import { XmlTokenizer } from './xml-tokenizer.js';
import { ZipArchive, type ZipEntry } from './zip-archive.js';

const OPEN_DOCUMENT = 'application/vnd.oasis.opendocument';

async function readSmallText(zip: ZipArchive, entry: ZipEntry, budget: TimeBudget): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of partBytes(zip, entry, budget)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Refuses zips that are another format: OpenDocument (.ods and friends) declare it in `mimetype`. */
async function refuseOpenDocument(zip: ZipArchive, budget: TimeBudget): Promise<void> {
  const mimetype = zip.find('mimetype');
  if (mimetype === undefined || mimetype.size > 256) return;
  const type = (await readSmallText(zip, mimetype, budget)).trim();
  if (type === `${OPEN_DOCUMENT}.spreadsheet` || type === `${OPEN_DOCUMENT}.spreadsheet-template`) {
    throw new ReadFailure('WORKBOOK_ODS', `OpenDocument spreadsheet (${type})`);
  }
  if (type.startsWith(OPEN_DOCUMENT))
    throw new ReadFailure('WORKBOOK_UNKNOWN_FORMAT', `OpenDocument file (${type})`);
}

/** The workbook part, named by the package's officeDocument relationship (conventional paths as a fallback). */
async function findWorkbookPart(zip: ZipArchive, budget: TimeBudget): Promise<ZipEntry> {
  if (zip.names().length === 0) throw new ReadFailure('WORKBOOK_CORRUPT', 'the zip archive is empty');
  await refuseOpenDocument(zip, budget);
  const main = (await readRelationships(zip, '', budget)).find(
    (relationship) => relationship.type === 'officeDocument',
  );
  const fallback = ['xl/workbook.xml', 'xl/workbook.bin'].find((name) => zip.find(name) !== undefined);
  const target = main?.target ?? fallback;
  if (target === undefined) {
    const isOfficePackage = zip.find('[Content_Types].xml') !== undefined;
    throw new ReadFailure(
      isOfficePackage ? 'WORKBOOK_CORRUPT' : 'WORKBOOK_UNKNOWN_FORMAT',
      isOfficePackage ? 'the package names no main document' : 'a zip archive that is not an Office document',
    );
  }
  if (target.toLowerCase().endsWith('.bin'))
    throw new ReadFailure('WORKBOOK_XLSB', `binary workbook part ${target}`);
  const entry = zip.find(target);
  if (entry === undefined) throw new ReadFailure('WORKBOOK_CORRUPT', `workbook part ${target} is missing`);
  return entry;
}

function partOfType(
  zip: ZipArchive,
  relationships: readonly Relationship[],
  type: string,
): ZipEntry | undefined {
  const relationship = relationships.find((candidate) => candidate.type === type);
  return relationship === undefined ? undefined : zip.find(relationship.target);
}

/** Counts a workbook's rows and sheet bytes as they are read, for `OpenWorkbookOptions.onProgress`. */
export class ProgressCounter {
  private readonly progress: ReadProgress;

  constructor(
    file: string,
    bytesTotal: number,
    private readonly report: (progress: ReadProgress) => void,
  ) {
    this.progress = { file, rows: 0, bytesRead: 0, bytesTotal };
  }

  /** Adds what one chunk gave and reports the totals (a copy, so the receiver may keep it). */
  add(rows: number, bytes: number): void {
    this.progress.rows += rows;
    this.progress.bytesRead = Math.min(this.progress.bytesRead + bytes, this.progress.bytesTotal);
    this.report({ ...this.progress });
  }
}

/** The rows of a worksheet part in batches, one per inflated chunk; stops at the end of `sheetData`. */
async function* rowBatches(
  zip: ZipArchive,
  entry: ZipEntry,
  context: SheetContext,
  budget: TimeBudget,
  progress: ProgressCounter | undefined,
): AsyncGenerator<SheetRow[]> {
  const scanner = new SheetScanner(context);
  const xml = new XmlTokenizer(SHEET_NAMES, scanner);
  let consumed = 0;
  for await (const chunk of partBytes(zip, entry, budget)) {
    xml.feed(chunk);
    const rows = scanner.take();
    consumed += chunk.length;
    // A sheet stops at the end of its data: what follows counts as read.
    progress?.add(
      rows.length,
      xml.stopped ? Math.max(entry.size - consumed, 0) + chunk.length : chunk.length,
    );
    yield rows;
    if (xml.stopped) return;
  }
  xml.end();
  scanner.finish();
  const rows = scanner.take();
  progress?.add(rows.length, 0);
  yield rows;
}

/**
 * The worksheet's rows in batches, read when iterated: the part is inflated and scanned chunk by chunk, so
 * only one chunk of its XML is in memory at a time.
 * NOTE: the time budget runs while the reader works and stops while the caller holds a batch.
 */
async function* sheetBatches(
  zip: ZipArchive,
  entry: ZipEntry,
  context: SheetContext,
  budget: TimeBudget,
  file: string,
  progress: ProgressCounter | undefined,
): AsyncGenerator<readonly SheetRow[]> {
  budget.start();
  try {
    for await (const rows of rowBatches(zip, entry, context, budget, progress)) {
      if (rows.length === 0) continue;
      budget.stop();
      try {
        yield rows;
      } finally {
        budget.start();
      }
    }
  } catch (error) {
    throw toWorkbookReadError(file, error);
  } finally {
    budget.stop();
  }
}

/** The worksheet's rows one by one (see `sheetBatches`). */
async function* sheetRows(batches: AsyncIterable<readonly SheetRow[]>): AsyncGenerator<SheetRow> {
  for await (const rows of batches) for (const row of rows) yield row;
}

/**
 * Opens an .xlsx from its bytes. Sheets are listed in workbook order (hidden ones included; chartsheets,
 * dialog and macro sheets left out) and read lazily.
 */
export async function readXlsx(
  bytes: Buffer,
  file: string,
  limits: ReadLimits,
  budget: TimeBudget,
  onProgress?: (progress: ReadProgress) => void,
): Promise<WorkbookSource> {
  // Step 1: the zip directory, refused past the limits before anything is inflated.
  const zip = ZipArchive.open(bytes, limits);
  // Step 2: the workbook part, through the package relationships (refusing .ods and .xlsb).
  const workbookEntry = await findWorkbookPart(zip, budget);
  const workbook = await readWorkbookPart(zip, workbookEntry, budget);
  const relationships = await readRelationships(zip, workbookEntry.name, budget);
  // Step 3: what every sheet refers to: shared strings, and which styles are dates.
  const context: SheetContext = {
    sharedStrings: await readSharedStrings(zip, partOfType(zip, relationships, 'sharedStrings'), budget),
    dateStyles: await readDateStyles(zip, partOfType(zip, relationships, 'styles'), budget),
    date1904: workbook.date1904,
  };
  // Step 4: one lazy source per worksheet.
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const sheets: SheetSource[] = [];
  const entries: ZipEntry[] = [];
  let progress: ProgressCounter | undefined;
  for (const sheet of workbook.sheets) {
    const relationship = byId.get(sheet.relationshipId);
    if (relationship === undefined) {
      throw new ReadFailure(
        'WORKBOOK_CORRUPT',
        `sheet "${sheet.name}" has no relationship "${sheet.relationshipId}"`,
      );
    }
    if (relationship.type !== 'worksheet') continue;
    const entry = zip.find(relationship.target);
    if (entry === undefined)
      throw new ReadFailure('WORKBOOK_CORRUPT', `sheet part ${relationship.target} is missing`);
    entries.push(entry);
    sheets.push({
      name: sheet.name,
      date1904: workbook.date1904,
      ...(sheet.visibility === 'visible' ? {} : { hidden: true, visibility: sheet.visibility }),
      rows: () => sheetRows(sheetBatches(zip, entry, context, budget, file, progress)),
      batches: () => sheetBatches(zip, entry, context, budget, file, progress),
    });
  }
  if (sheets.length === 0) throw new ReadFailure('WORKBOOK_NO_SHEETS', 'the workbook lists no worksheet');
  if (onProgress) {
    const total = entries.reduce((sum, entry) => sum + entry.size, 0);
    progress = new ProgressCounter(file, total, onProgress);
  }
  return { file, sheets };
}
