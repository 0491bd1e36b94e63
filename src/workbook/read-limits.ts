/**
 * Limits that keep a broken or hostile file from exhausting memory or time, and the per-file clock.
 */
import { ReadFailure } from './read-errors.js';

/** Limits applied to every file `openWorkbook` reads; see `DEFAULT_READ_LIMITS`. */
export interface ReadLimits {
  /** Largest file read at all, in bytes (any format). */
  maxFileBytes: number;
  /** Largest total uncompressed size of all entries of an .xlsx zip, in bytes, as declared and as inflated. */
  maxUncompressedBytes: number;
  /** Largest ratio uncompressed : compressed of one zip entry larger than `ratioCheckMinBytes`. */
  maxCompressionRatio: number;
  /** Entries at most this large (uncompressed) are exempt from the ratio check. */
  ratioCheckMinBytes: number;
  /** Most entries an .xlsx zip may have. */
  maxZipEntries: number;
  /** Most milliseconds the reader may work on one file (opening plus reading every sheet once). */
  timeoutMs: number;
}

const MB = 1024 * 1024;

/**
 * The default limits:
 * - `maxFileBytes` 100 MB: larger files are refused before they are read;
 * - `maxUncompressedBytes` 200 MB: the entries of an .xlsx together, checked against the zip directory
 *   before anything is inflated and again while inflating (a directory can lie);
 * - `maxCompressionRatio` 100 (100:1) for any entry over `ratioCheckMinBytes` 1 MB: a normal worksheet
 *   compresses about 5–20:1, a zip bomb 1000:1;
 * - `maxZipEntries` 10,000 (a normal workbook has 10–100);
 * - `timeoutMs` 30 s of the reader's own working time per file; time spent by the caller between rows
 *   does not count.
 * Past a limit the reader throws `WorkbookReadError` with code `WORKBOOK_TOO_LARGE` or `WORKBOOK_TIMEOUT`.
 */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 100 * MB,
  maxUncompressedBytes: 200 * MB,
  maxCompressionRatio: 100,
  ratioCheckMinBytes: 1 * MB,
  maxZipEntries: 10_000,
  timeoutMs: 30_000,
});

/**
 * The reader's working time on one file: the reader starts the clock when it works and stops it when it
 * hands a row to the caller; long loops call `check`.
 * NOTE: only time between `start` and `stop` counts (nested or overlapping starts count once), so a
 * caller that is slow between rows never times the reader out.
 */
export class TimeBudget {
  private used = 0;
  private since = 0;
  private active = 0;

  constructor(private readonly limitMs: number) {}

  /** Starts (or keeps) the clock running. */
  start(): void {
    if (this.active++ === 0) this.since = performance.now();
  }

  /** Stops the clock, once every `start` has its `stop`. */
  stop(): void {
    if (this.active > 0 && --this.active === 0) this.used += performance.now() - this.since;
  }

  /** Throws WORKBOOK_TIMEOUT when the time used so far exceeds the limit. */
  check(): void {
    const elapsed = this.used + (this.active > 0 ? performance.now() - this.since : 0);
    if (elapsed > this.limitMs) {
      throw new ReadFailure(
        'WORKBOOK_TIMEOUT',
        `reading took more than ${this.limitMs} ms (${Math.round(elapsed)} ms so far)`,
      );
    }
  }
}
