/**
 * The styles part, reduced to the one thing the reader needs: which cell styles show dates.
 */
import { isDateFormat } from './date-formats.js';
import type { TimeBudget } from './read-limits.js';
import { scanPart } from './xml-part.js';
import { XmlTokenizer } from './xml-tokenizer.js';
import type { ZipArchive, ZipEntry } from './zip-archive.js';

const STYLE_NAMES = ['numFmts', 'numFmt', 'cellXfs', 'xf'] as const;
const [NUM_FMTS, NUM_FMT, CELL_XFS, XF] = [1, 2, 3, 4];

/**
 * For each cell style index (a cell's `s`), 1 when its number format is a date format.
 * NOTE: only `numFmt`s inside `numFmts` (not the differential formats of `dxfs`) and only `xf`s inside
 * `cellXfs` (not `cellStyleXfs`) count; a cell's `s` indexes `cellXfs`.
 */
export async function readDateStyles(
  zip: ZipArchive,
  entry: ZipEntry | undefined,
  budget: TimeBudget,
): Promise<Uint8Array> {
  if (entry === undefined) return new Uint8Array(0);
  const formatCodes = new Map<number, string>();
  const styleFormats: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  const xml = new XmlTokenizer(STYLE_NAMES, {
    open(x, name, selfClosing) {
      if (name === NUM_FMTS) inNumFmts = !selfClosing;
      else if (name === CELL_XFS) inCellXfs = !selfClosing;
      else if (name === NUM_FMT && inNumFmts) {
        const id = Number(x.attr('numFmtId'));
        const code = x.attr('formatCode');
        if (Number.isInteger(id) && code !== undefined) formatCodes.set(id, code);
      } else if (name === XF && inCellXfs) {
        styleFormats.push(Number(x.attr('numFmtId') ?? 0));
      }
    },
    close(_x, name) {
      if (name === NUM_FMTS) inNumFmts = false;
      else if (name === CELL_XFS) inCellXfs = false;
    },
    text() {},
  });
  await scanPart(zip, entry, xml, budget);
  return Uint8Array.from(styleFormats, (id) => (isDateFormat(id, formatCodes.get(id)) ? 1 : 0));
}
