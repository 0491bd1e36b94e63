/**
 * Reproducible packaging of an OPC package (.docx, .xlsx): identical input gives identical bytes. `docx`
 * and exceljs stamp the build time into docProps/core.xml and every zip entry; the writers hand them a
 * fixed core.xml (or fixed dates) and re-zip the parts with a fixed entry time in a fixed order.
 */

import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import { assertWellFormedText, xmlSafeText } from '../domain/xml-chars.js';

/** The core properties written to docProps/core.xml. */
export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  lastModifiedBy: string;
  created: Date;
}

/**
 * docProps/core.xml with `created` as both created and modified, in W3CDTF to the second (UTC).
 * NOTE: `created` must be a valid date; the caller decides it (e.g. from SOURCE_DATE_EPOCH or the circular's date).
 */
export function coreXml(props: CoreProperties): string {
  const when = w3cdtf(props.created);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(props.title)}</dc:title>`,
    `<dc:subject>${escapeXml(props.subject)}</dc:subject>`,
    `<dc:creator>${escapeXml(props.creator)}</dc:creator>`,
    `<cp:lastModifiedBy>${escapeXml(props.lastModifiedBy)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/** `YYYY-MM-DDTHH:MM:SSZ`; throws on an invalid date rather than writing "Invalid Date". */
export function w3cdtf(date: Date): string {
  const time = date.getTime();
  if (!Number.isFinite(time)) throw new Error('文档属性的创建时间无效（meta.created 不是有效日期）');
  return `${new Date(time).toISOString().slice(0, 19)}Z`;
}

function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Rewrites of a part's XML, by part path, applied while re-zipping. */
export type PartPatches = Readonly<Record<string, (xml: string) => string>>;

/**
 * Re-zips a package: [Content_Types].xml first, then _rels/.rels, then the other parts by name, every entry
 * dated 1980-01-01 00:00 (the zip format's epoch) and deflated at one fixed level.
 */
export function normalizeZip(bytes: Uint8Array, patches: PartPatches = {}): Uint8Array {
  return zipParts(new Map(Object.entries(unzipSync(bytes))), patches);
}

/** Zips a package's parts (path → XML text or bytes) as `normalizeZip` does, applying the patches first. */
export function zipParts(
  parts: ReadonlyMap<string, string | Uint8Array>,
  patches: PartPatches = {},
): Uint8Array {
  for (const path of Object.keys(patches)) {
    if (!parts.has(path)) throw new Error(`package has no ${path} to patch`);
  }
  const entries = new Map<string, Uint8Array>();
  for (const [path, data] of parts) {
    const patch = Object.hasOwn(patches, path) ? patches[path] : undefined;
    // NOTE: a part is patched as text before it is encoded, once: the document part of a province's
    // circular is tens of megabytes, and encoding, decoding and encoding it again held it three times.
    // What is checked is the text that is zipped, the patch's output included.
    const text = typeof data === 'string' ? data : patch ? strFromU8(data) : undefined;
    if (text === undefined) {
      entries.set(path, data as Uint8Array);
      continue;
    }
    const xml = patch ? patch(text) : text;
    assertWellFormedText(path, xml);
    entries.set(path, strToU8(xml));
  }
  // NOTE: fflate writes the DOS time from the Date's local-time fields; a local-time constructor makes
  // the stored time 1980-01-01 00:00 in every time zone.
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const ordered: Zippable = {};
  for (const name of [...entries.keys()].sort(comparePartNames)) {
    const data = entries.get(name);
    if (data) ordered[name] = [data, { mtime, level: 6 }];
  }
  return zipSync(ordered);
}

const FIRST_PARTS = ['[Content_Types].xml', '_rels/.rels'];

function comparePartNames(a: string, b: string): number {
  const rank = (name: string) => {
    const i = FIRST_PARTS.indexOf(name);
    return i < 0 ? FIRST_PARTS.length : i;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
