/**
 * The floor under `circular stats` on a workspace: read every workbook and inflate every part of it with
 * zlib, and nothing else. The bench times it beside `stats` (issue 17: stats at most 4× this pass).
 *
 *   node scripts/bench/inflate-only.mjs WORKSPACE      # prints the parts and bytes inflated
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** Every entry of a zip, from its central directory: name, method, offset of its local header. */
function entries(zip) {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    out.push({ method, compressed, local });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

function inflateWorkbook(path) {
  const zip = readFileSync(path);
  let bytes = 0;
  let parts = 0;
  for (const { method, compressed, local } of entries(zip)) {
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    bytes += method === 8 ? inflateRawSync(data).length : data.length;
    parts++;
  }
  return { bytes, parts };
}

const ws = process.argv[2];
if (!ws) throw new Error('usage: inflate-only.mjs WORKSPACE');
const files = [
  join(ws, 'registry.xlsx'),
  ...readdirSync(join(ws, 'checks'))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(ws, 'checks', f)),
];
let bytes = 0;
let parts = 0;
for (const file of files) {
  const r = inflateWorkbook(file);
  bytes += r.bytes;
  parts += r.parts;
}
console.log(JSON.stringify({ files: files.length, parts, bytes }));
