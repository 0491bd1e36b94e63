/**
 * Opening any file a user may hand in as a workbook (from its path or from its bytes), safely: what it is is sniffed from its bytes, and
 * whatever cannot be read becomes one `WorkbookReadError` with a Chinese message naming the file.
 */
import { basename, extname } from 'node:path';
import { RegularFileError, readRegularFile } from '../files/read-regular-file.js';
import { isEncryptedPackage, oleStreamNames } from './ole2-directory.js';
import { readCsv } from './read-csv.js';
import { ReadFailure, toWorkbookReadError } from './read-errors.js';
import { DEFAULT_READ_LIMITS, type ReadLimits, TimeBudget } from './read-limits.js';
import { readXlsx } from './read-xlsx.js';
import { sniffFormat } from './sniff-format.js';
import type { ReadProgress, WorkbookSource } from './types.js';

/** Options of `openWorkbook`. */
export interface OpenWorkbookOptions {
  /** How messages name the file (e.g. relative to the workspace); defaults to the path. */
  displayName?: string;
  /** Overrides of `DEFAULT_READ_LIMITS`. */
  limits?: Partial<ReadLimits>;
  /** Called as an .xlsx's sheets are read (after each chunk of sheet XML), e.g. for a progress line. */
  onProgress?: (progress: ReadProgress) => void;
}

const SPREADSHEET_EXTENSIONS = new Set([
  '.xlsx',
  '.xlsm',
  '.xltx',
  '.xltm',
  '.xls',
  '.et',
  '.ett',
  '.csv',
  '.ods',
  '.xlsb',
]);

async function readBytes(path: string, limits: ReadLimits): Promise<Buffer> {
  try {
    return await readRegularFile(path, limits.maxFileBytes);
  } catch (error) {
    if (!(error instanceof RegularFileError)) throw error;
    const code = {
      'not-found': 'WORKBOOK_NOT_FOUND',
      'not-a-file': 'WORKBOOK_NOT_A_FILE',
      'too-large': 'WORKBOOK_TOO_LARGE',
      unreadable: 'WORKBOOK_UNREADABLE',
    } as const;
    throw new ReadFailure(code[error.problem], error.detail);
  }
}

function oleFailure(bytes: Uint8Array): ReadFailure {
  if (isEncryptedPackage(bytes)) {
    return new ReadFailure(
      'WORKBOOK_ENCRYPTED',
      'OLE2 container with EncryptedPackage: a password-protected .xlsx',
    );
  }
  const names = oleStreamNames(bytes).slice(0, 8).join(', ');
  return new ReadFailure(
    'WORKBOOK_OLE2',
    `OLE2 compound file (old .xls, WPS .et…); streams: ${names || 'unreadable'}`,
  );
}

async function openBytes(
  bytes: Buffer,
  path: string,
  file: string,
  limits: ReadLimits,
  budget: TimeBudget,
  onProgress: OpenWorkbookOptions['onProgress'],
): Promise<WorkbookSource> {
  const extension = extname(path).toLowerCase();
  switch (sniffFormat(bytes)) {
    case 'empty':
      throw new ReadFailure('WORKBOOK_EMPTY_FILE', 'the file has 0 bytes');
    case 'zip':
      return readXlsx(bytes, file, limits, budget, onProgress);
    case 'ole2':
      throw oleFailure(bytes);
    case 'markup':
      throw new ReadFailure('WORKBOOK_HTML', `HTML or XML text saved as ${extension || 'a spreadsheet'}`);
    case 'text':
      return readCsv(bytes, file, basename(path, extname(path)), budget);
    case 'binary':
      throw new ReadFailure(
        SPREADSHEET_EXTENSIONS.has(extension) ? 'WORKBOOK_CORRUPT' : 'WORKBOOK_UNKNOWN_FORMAT',
        'binary content that is neither a zip nor an OLE2 file',
      );
  }
}

/**
 * Opens an .xlsx/.xlsm workbook or a .csv file for reading, whatever its name says: the format is sniffed
 * from the first bytes. Sheets are read lazily by `rows()`.
 * Throws `WorkbookReadError` (codes in `WORKBOOK_ERROR_CODES`) for anything it cannot read: a missing file,
 * an empty or corrupt one, an old .xls / WPS .et / password-protected file, a web page saved as .xls,
 * .ods, .xlsb, a zip bomb (see `DEFAULT_READ_LIMITS`), or a workbook without worksheets.
 */
export async function openWorkbook(path: string, options: OpenWorkbookOptions = {}): Promise<WorkbookSource> {
  const file = options.displayName ?? path;
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  try {
    return await openWithin(await readBytes(path, limits), path, file, limits, options.onProgress);
  } catch (error) {
    throw toWorkbookReadError(file, error);
  }
}

/**
 * Opens a workbook from its bytes — an upload, an e-mail attachment, a zip entry — exactly as
 * `openWorkbook` opens a file: the format is sniffed, the same limits apply (`maxFileBytes` to the
 * bytes given), and anything unreadable throws `WorkbookReadError`. `displayName` (`宜兴市.xlsx`)
 * names the workbook in messages and diagnostics; its extension is what the user called the file,
 * and a .csv's sheet is named after it.
 */
export async function openWorkbookBytes(
  bytes: Uint8Array,
  options: OpenWorkbookOptions & { displayName: string },
): Promise<WorkbookSource> {
  const file = options.displayName;
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  try {
    if (bytes.byteLength > limits.maxFileBytes) {
      throw new ReadFailure(
        'WORKBOOK_TOO_LARGE',
        `the bytes given are ${bytes.byteLength} long (limit ${limits.maxFileBytes})`,
      );
    }
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return await openWithin(buffer, file, file, limits, options.onProgress);
  } catch (error) {
    throw toWorkbookReadError(file, error);
  }
}

/** Opens the bytes within the time budget of `limits`. */
async function openWithin(
  bytes: Buffer,
  path: string,
  file: string,
  limits: ReadLimits,
  onProgress: OpenWorkbookOptions['onProgress'],
): Promise<WorkbookSource> {
  const budget = new TimeBudget(limits.timeoutMs);
  budget.start();
  try {
    return await openBytes(bytes, path, file, limits, budget, onProgress);
  } finally {
    budget.stop();
  }
}
