import { gunzipSync } from 'node:zlib';

/**
 * One regular file out of a .tgz (an npm package tarball), in memory: ustar headers of 512 bytes, each
 * followed by the file's bytes padded to 512. Enough for npm's tarballs, which name files `package/…`;
 * a pax or GNU long-name header is skipped as an entry of its own.
 */
export function readFileFromTgz(tgz: Uint8Array, path: string): Buffer {
  const tar = gunzipSync(tgz);
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) =>
      header.toString('latin1', start, start + length).replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const body = offset + 512;
    if (name === path && (type === '0' || type === '')) return Buffer.from(tar.subarray(body, body + size));
    offset = body + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${path} is not in the tarball`);
}
