/**
 * One XML part of a package as UTF-8 bytes, chunk by chunk: inflated, and transcoded in the rare case it
 * is declared in another encoding (UTF-16, GBK…), so the tokenizer only ever sees UTF-8.
 */
import { TextDecoder } from 'node:util';
import { ReadFailure } from './read-errors.js';
import type { TimeBudget } from './read-limits.js';
import type { XmlTokenizer } from './xml-tokenizer.js';
import type { ZipArchive, ZipEntry } from './zip-archive.js';

const DECLARATION = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/**
 * From the first chunk: the decoder to transcode with (null for UTF-8, the usual case) and the chunk
 * without a UTF-8 byte-order mark.
 */
function chooseDecoder(first: Buffer): [TextDecoder | null, Buffer] {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return [null, first.subarray(3)];
  if (first[0] === 0xff && first[1] === 0xfe) return [new TextDecoder('utf-16le', { fatal: true }), first];
  if (first[0] === 0xfe && first[1] === 0xff) return [new TextDecoder('utf-16be', { fatal: true }), first];
  const declared = DECLARATION.exec(first.toString('latin1', 0, 256))?.[1]?.toLowerCase();
  if (declared === undefined || UTF8_LABELS.has(declared)) return [null, first];
  try {
    return [new TextDecoder(declared, { fatal: true }), first];
  } catch {
    throw new ReadFailure('WORKBOOK_CORRUPT', `an XML part declares the unsupported encoding "${declared}"`);
  }
}

/** Yields a part's bytes as UTF-8 in chunks, checking the time budget after each one. */
export async function* partBytes(
  zip: ZipArchive,
  entry: ZipEntry,
  budget: TimeBudget,
): AsyncGenerator<Buffer> {
  let decoder: TextDecoder | null | undefined;
  for await (const raw of zip.chunks(entry)) {
    budget.check();
    let chunk = raw;
    if (decoder === undefined) [decoder, chunk] = chooseDecoder(raw);
    if (decoder === null) {
      yield chunk;
    } else {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') yield Buffer.from(text, 'utf8');
    }
  }
  const tail = decoder?.decode() ?? '';
  if (tail !== '') yield Buffer.from(tail, 'utf8');
}

/** Feeds a whole part to a tokenizer (stopping early if its handler says so). */
export async function scanPart(
  zip: ZipArchive,
  entry: ZipEntry,
  xml: XmlTokenizer,
  budget: TimeBudget,
): Promise<void> {
  for await (const chunk of partBytes(zip, entry, budget)) {
    xml.feed(chunk);
    if (xml.stopped) return;
  }
  xml.end();
}
