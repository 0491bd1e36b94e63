/**
 * Finding the parts of a workbook through the package's relationships, as Excel does: `_rels/.rels` names
 * the workbook part (which need not live in `xl/`), and the workbook's own rels name its sheets, shared
 * strings and styles. Relationship types are matched by their last path segment, so the transitional
 * (`schemas.openxmlformats.org`) and strict (`purl.oclc.org`) namespaces both work.
 */
import { ReadFailure } from './read-errors.js';
import type { TimeBudget } from './read-limits.js';
import { scanPart } from './xml-part.js';
import { XmlTokenizer } from './xml-tokenizer.js';
import type { ZipArchive, ZipEntry } from './zip-archive.js';

/** One internal relationship of a part. */
export interface Relationship {
  id: string;
  /** Last segment of the type URI, e.g. `worksheet`, `officeDocument`. */
  type: string;
  /** Part name the target resolves to (no leading slash). */
  target: string;
}

/** A sheet as the workbook part lists it. */
export interface SheetEntry {
  name: string;
  relationshipId: string;
  /** `<sheet state="…">`: absent (visible), hidden (Format › Unhide shows it) or veryHidden (only VBA). */
  visibility: 'visible' | 'hidden' | 'veryHidden';
}

/** What the workbook part says. */
export interface WorkbookPart {
  date1904: boolean;
  sheets: SheetEntry[];
}

function lastSegment(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

function directoryOf(partName: string): string {
  return partName.slice(0, partName.lastIndexOf('/') + 1);
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all; use it as written.
  }
  const path = decoded.replace(/\\/g, '/');
  const joined = path.startsWith('/') ? path : directoryOf(sourcePart) + path;
  const segments: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/** The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's is `_rels/.rels`. */
export function relsPartOf(partName: string): string {
  const directory = directoryOf(partName);
  return `${directory}_rels/${partName.slice(directory.length)}.rels`;
}

/** Reads the internal relationships of `sourcePart` (empty when it has no rels part). */
export async function readRelationships(
  zip: ZipArchive,
  sourcePart: string,
  budget: TimeBudget,
): Promise<Relationship[]> {
  const entry = zip.find(relsPartOf(sourcePart));
  if (entry === undefined) return [];
  const relationships: Relationship[] = [];
  let sawRoot = false;
  const xml = new XmlTokenizer(['Relationships', 'Relationship'], {
    open(x, name) {
      if (!sawRoot) {
        sawRoot = true;
        if (name !== 1)
          throw new ReadFailure('WORKBOOK_CORRUPT', `${entry.name} is not a relationships part`);
        return;
      }
      if (name !== 2) return;
      const id = x.attr('Id');
      const type = x.attr('Type');
      const target = x.attr('Target');
      if (id === undefined || type === undefined || target === undefined) return;
      if (x.attr('TargetMode')?.toLowerCase() === 'external') return;
      relationships.push({ id, type: lastSegment(type), target: resolveTarget(sourcePart, target) });
    },
    close() {},
    text() {},
  });
  await scanPart(zip, entry, xml, budget);
  if (!sawRoot) throw new ReadFailure('WORKBOOK_CORRUPT', `${entry.name} has no root element`);
  return relationships;
}

const WORKBOOK_NAMES = ['workbook', 'workbookPr', 'sheets', 'sheet'] as const;
const [WORKBOOK, WORKBOOK_PR, SHEETS, SHEET] = [1, 2, 3, 4];

function isTrue(value: string | undefined): boolean {
  return value === '1' || value?.toLowerCase() === 'true';
}

/**
 * Reads the workbook part: its sheets in order and its date system.
 * Throws WORKBOOK_UNKNOWN_FORMAT when the part is not a SpreadsheetML workbook (a Word file, say).
 */
export async function readWorkbookPart(
  zip: ZipArchive,
  entry: ZipEntry,
  budget: TimeBudget,
): Promise<WorkbookPart> {
  const workbook: WorkbookPart = { date1904: false, sheets: [] };
  let sawRoot = false;
  let inSheets = false;
  const xml = new XmlTokenizer(WORKBOOK_NAMES, {
    open(x, name, selfClosing) {
      if (!sawRoot) {
        sawRoot = true;
        if (name !== WORKBOOK) {
          throw new ReadFailure(
            'WORKBOOK_UNKNOWN_FORMAT',
            `main part ${entry.name} is not a SpreadsheetML workbook`,
          );
        }
      } else if (name === WORKBOOK_PR && x.depth === 1) {
        workbook.date1904 = isTrue(x.attr('date1904'));
      } else if (name === SHEETS && x.depth === 1) {
        inSheets = !selfClosing;
      } else if (name === SHEET && inSheets) {
        workbook.sheets.push(sheetEntry(x));
      }
    },
    close(_x, name) {
      if (name === SHEETS) inSheets = false;
    },
    text() {},
  });
  await scanPart(zip, entry, xml, budget);
  if (!sawRoot) throw new ReadFailure('WORKBOOK_CORRUPT', `workbook part ${entry.name} is empty`);
  return workbook;
}

function sheetEntry(x: XmlTokenizer): SheetEntry {
  const state = x.attr('state');
  const idIndex = x.attrIndex('id');
  return {
    name: x.attr('name') ?? '',
    relationshipId: idIndex >= 0 && x.attrIsPrefixed(idIndex) ? x.attrAt(idIndex) : '',
    visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
  };
}
