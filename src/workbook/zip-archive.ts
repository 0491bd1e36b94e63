/**
 * A zip archive read from its central directory, with limits checked before anything is inflated.
 * Entries are inflated chunk by chunk with Node's zlib (native, and on 50 MB of sheet XML about five times
 * faster than fflate's streaming inflater), so a part is never held whole and one that inflates past its
 * declared size is stopped within a chunk.
 */
import { createInflateRaw } from 'node:zlib';
import { ReadFailure } from './read-errors.js';
import type { ReadLimits } from './read-limits.js';

/** One file of the archive, as the central directory describes it. */
export interface ZipEntry {
  /** Normalised name: forward slashes, no leading slash, original case. */
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** Declared uncompressed size; inflating past it is an error. */
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Size of the inflated chunks (and of the slices of a stored entry). */
const CHUNK_BYTES = 256 * 1024;

function corrupt(detail: string): ReadFailure {
  return new ReadFailure('WORKBOOK_CORRUPT', detail);
}

/** Little-endian reads with bounds checks (a truncated directory must not read past the end). */
class ByteReader {
  constructor(private readonly bytes: Uint8Array) {}

  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw corrupt(`zip structure runs past the end (offset ${at})`);
    return this.bytes[at]! | (this.bytes[at + 1]! << 8);
  }

  u32(at: number): number {
    if (at < 0 || at + 4 > this.bytes.length) throw corrupt(`zip structure runs past the end (offset ${at})`);
    return (
      (this.bytes[at]! | (this.bytes[at + 1]! << 8) | (this.bytes[at + 2]! << 16)) +
      this.bytes[at + 3]! * 0x1000000
    );
  }

  u64(at: number): number {
    const value = this.u32(at) + this.u32(at + 4) * 0x100000000;
    if (!Number.isSafeInteger(value)) throw corrupt(`zip64 value too large at offset ${at}`);
    return value;
  }
}

interface Directory {
  entryCount: number;
  offset: number;
  size: number;
}

/** Finds the end-of-central-directory record, following the zip64 locator when the record says so. */
function findDirectory(bytes: Uint8Array, read: ByteReader): Directory {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes[at] !== 0x50 || read.u32(at) !== EOCD_SIGNATURE) continue;
    if (at + EOCD_SIZE + read.u16(at + 20) > bytes.length) continue;
    if (read.u16(at + 4) !== 0 || read.u16(at + 6) !== 0) throw corrupt('split (multi-disk) zip archive');
    const directory = { entryCount: read.u16(at + 10), size: read.u32(at + 12), offset: read.u32(at + 16) };
    const needsZip64 =
      directory.entryCount === 0xffff || directory.size === 0xffffffff || directory.offset === 0xffffffff;
    return needsZip64 ? findZip64Directory(read, at) : directory;
  }
  throw corrupt('no end-of-central-directory record (not a zip, or truncated)');
}

function findZip64Directory(read: ByteReader, eocdAt: number): Directory {
  const locatorAt = eocdAt - 20;
  if (read.u32(locatorAt) !== ZIP64_LOCATOR_SIGNATURE) throw corrupt('zip64 locator missing');
  const recordAt = read.u64(locatorAt + 8);
  if (read.u32(recordAt) !== ZIP64_EOCD_SIGNATURE)
    throw corrupt('zip64 end-of-central-directory record missing');
  return {
    entryCount: read.u64(recordAt + 32),
    size: read.u64(recordAt + 40),
    offset: read.u64(recordAt + 48),
  };
}

/** Reads the zip64 extra field (id 1) for the values the fixed fields mark as 0xFFFFFFFF. */
function applyZip64Extra(read: ByteReader, extraAt: number, extraEnd: number, entry: ZipEntry): void {
  let at = extraAt;
  while (at + 4 <= extraEnd) {
    const id = read.u16(at);
    const length = read.u16(at + 2);
    if (id === 1) {
      let field = at + 4;
      if (entry.size === 0xffffffff) {
        entry.size = read.u64(field);
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = read.u64(field);
        field += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = read.u64(field);
      return;
    }
    at += 4 + length;
  }
}

const utf8Names = new TextDecoder('utf-8');
const latin1Names = new TextDecoder('latin1');

function normaliseName(raw: string): string {
  return raw.replace(/\\/g, '/').replace(/^\/+/, '');
}

function readEntries(bytes: Uint8Array, read: ByteReader, directory: Directory): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = directory.offset;
  for (let index = 0; index < directory.entryCount; index++) {
    if (read.u32(at) !== CENTRAL_SIGNATURE)
      throw corrupt(`central directory entry ${index} has a bad signature`);
    const flags = read.u16(at + 8);
    const nameLength = read.u16(at + 28);
    const extraLength = read.u16(at + 30);
    const commentLength = read.u16(at + 32);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    if (nameBytes.length !== nameLength) throw corrupt('central directory runs past the end');
    const entry: ZipEntry = {
      name: normaliseName(((flags & 0x800) !== 0 ? utf8Names : latin1Names).decode(nameBytes)),
      method: read.u16(at + 10),
      encrypted: (flags & 1) !== 0,
      compressedSize: read.u32(at + 20),
      size: read.u32(at + 24),
      localHeaderOffset: read.u32(at + 42),
    };
    const extraAt = at + 46 + nameLength;
    applyZip64Extra(read, extraAt, extraAt + extraLength, entry);
    entries.push(entry);
    at = extraAt + extraLength + commentLength;
  }
  return entries;
}

/** Refuses an archive whose directory already shows it is too big or compressed suspiciously well. */
function checkLimits(entries: readonly ZipEntry[], limits: ReadLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (entry.size > limits.ratioCheckMinBytes) {
      const ratio = entry.size / Math.max(entry.compressedSize, 1);
      if (ratio > limits.maxCompressionRatio) {
        throw new ReadFailure(
          'WORKBOOK_TOO_LARGE',
          `zip entry ${entry.name} declares ${entry.size} bytes from ${entry.compressedSize} (ratio ${Math.round(ratio)}:1, limit ${limits.maxCompressionRatio}:1)`,
        );
      }
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw new ReadFailure(
      'WORKBOOK_TOO_LARGE',
      `zip entries declare ${total} bytes uncompressed (limit ${limits.maxUncompressedBytes})`,
    );
  }
}

/** A zip archive held in memory; entries are found by name case-insensitively, as OPC part names are. */
export class ZipArchive {
  private constructor(
    private readonly bytes: Buffer,
    private readonly byName: ReadonlyMap<string, ZipEntry>,
    private readonly limits: ReadLimits,
  ) {}

  /**
   * Reads the central directory and checks the limits; nothing is inflated yet.
   * NOTE: two entries with the same name make the archive ambiguous (readers disagree on which one counts),
   * so it is refused as corrupt.
   */
  static open(bytes: Buffer, limits: ReadLimits): ZipArchive {
    const read = new ByteReader(bytes);
    const directory = findDirectory(bytes, read);
    if (directory.entryCount > limits.maxZipEntries) {
      throw new ReadFailure(
        'WORKBOOK_TOO_LARGE',
        `zip has ${directory.entryCount} entries (limit ${limits.maxZipEntries})`,
      );
    }
    const entries = readEntries(bytes, read, directory);
    checkLimits(entries, limits);
    const byName = new Map<string, ZipEntry>();
    for (const entry of entries) {
      if (entry.name === '' || entry.name.endsWith('/')) continue;
      const key = entry.name.toLowerCase();
      if (byName.has(key)) throw corrupt(`duplicate zip entry ${entry.name}`);
      byName.set(key, entry);
    }
    return new ZipArchive(bytes, byName, limits);
  }

  /** The entry with this part name (case-insensitive), if any. */
  find(name: string): ZipEntry | undefined {
    return this.byName.get(normaliseName(name).toLowerCase());
  }

  /** Every entry's name. */
  names(): string[] {
    return [...this.byName.values()].map((entry) => entry.name);
  }

  /** The compressed bytes of an entry, located through its local header. */
  private compressedData(entry: ZipEntry): Buffer {
    const read = new ByteReader(this.bytes);
    const at = entry.localHeaderOffset;
    if (read.u32(at) !== LOCAL_SIGNATURE) throw corrupt(`local header of ${entry.name} is missing`);
    const start = at + 30 + read.u16(at + 26) + read.u16(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw corrupt(`data of ${entry.name} runs past the end of the file`);
    return this.bytes.subarray(start, end);
  }

  /**
   * Inflates an entry, yielding its bytes in chunks of at most 256 KB.
   * NOTE: the declared size is a hard cap, checked after every chunk, so a directory that lies about a zip
   * bomb costs at most one chunk; the declared sizes were already checked against the limits.
   */
  async *chunks(entry: ZipEntry): AsyncGenerator<Buffer> {
    if (entry.encrypted) throw new ReadFailure('WORKBOOK_ENCRYPTED', `zip entry ${entry.name} is encrypted`);
    const data = this.compressedData(entry);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size)
        throw corrupt(`stored entry ${entry.name} has inconsistent sizes`);
      for (let at = 0; at < data.length; at += CHUNK_BYTES) yield data.subarray(at, at + CHUNK_BYTES);
      return;
    }
    if (entry.method !== 8)
      throw corrupt(`zip entry ${entry.name} uses unsupported compression method ${entry.method}`);
    yield* this.inflate(entry, data);
  }

  private async *inflate(entry: ZipEntry, data: Buffer): AsyncGenerator<Buffer> {
    const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
    let produced = 0;
    try {
      inflater.end(data);
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        produced += chunk.length;
        if (produced > entry.size) throw this.overrun(entry, produced);
        yield chunk;
      }
    } finally {
      inflater.destroy();
    }
    if (produced !== entry.size)
      throw corrupt(`zip entry ${entry.name} inflated to ${produced} of ${entry.size} bytes`);
  }

  private overrun(entry: ZipEntry, produced: number): ReadFailure {
    const detail = `zip entry ${entry.name} inflates past its declared ${entry.size} bytes (${produced} so far)`;
    const ratio = produced / Math.max(entry.compressedSize, 1);
    const bomb = produced > this.limits.ratioCheckMinBytes && ratio > this.limits.maxCompressionRatio;
    return bomb ? new ReadFailure('WORKBOOK_TOO_LARGE', detail) : corrupt(detail);
  }
}
