/**
 * Just enough of the OLE2 compound-file format (old .xls, WPS .et, password-protected .xlsx) to list the
 * names of its streams, so the error can say which of them a file is.
 */

const SPECIAL_SECTOR = 0xfffffffa;
const DIRECTORY_ENTRY = 128;
const HEADER_DIFAT_SLOTS = 109;

/** Lists the names in the compound file's directory; throws on an inconsistent file. */
function readDirectoryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) throw new Error(`unexpected sector shift ${shift}`);
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const maxSteps = Math.ceil(bytes.length / sectorSize) + 1;
  const offsetOf = (sector: number): number => (sector + 1) * sectorSize;

  // Step 1: the sectors that hold the allocation table, from the header and the DIFAT chain.
  const fatSectors: number[] = [];
  for (let slot = 0; slot < HEADER_DIFAT_SLOTS; slot++) {
    const sector = view.getUint32(0x4c + slot * 4, true);
    if (sector < SPECIAL_SECTOR) fatSectors.push(sector);
  }
  let difat = view.getUint32(0x44, true);
  for (let steps = 0; difat < SPECIAL_SECTOR && steps < maxSteps; steps++) {
    const base = offsetOf(difat);
    for (let slot = 0; slot < perSector - 1; slot++) {
      const sector = view.getUint32(base + slot * 4, true);
      if (sector < SPECIAL_SECTOR) fatSectors.push(sector);
    }
    difat = view.getUint32(base + (perSector - 1) * 4, true);
  }
  const nextSector = (sector: number): number => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined) throw new Error(`sector ${sector} outside the allocation table`);
    return view.getUint32(offsetOf(fatSector) + (sector % perSector) * 4, true);
  };

  // Step 2: the directory's chain of sectors, 128-byte entries each with a UTF-16 name.
  const names: string[] = [];
  const utf16 = new TextDecoder('utf-16le');
  let sector = view.getUint32(0x30, true);
  for (let steps = 0; sector < SPECIAL_SECTOR && steps < maxSteps; steps++) {
    const base = offsetOf(sector);
    for (let entry = 0; entry < sectorSize / DIRECTORY_ENTRY; entry++) {
      const at = base + entry * DIRECTORY_ENTRY;
      const nameBytes = view.getUint16(at + 0x40, true);
      if (nameBytes >= 2 && nameBytes <= 64) names.push(utf16.decode(bytes.subarray(at, at + nameBytes - 2)));
    }
    sector = nextSector(sector);
  }
  return names;
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** Stream and storage names of an OLE2 compound file (empty when its directory cannot be read). */
export function oleStreamNames(bytes: Uint8Array): string[] {
  try {
    return readDirectoryNames(bytes);
  } catch {
    return [];
  }
}

/**
 * True for an Office file encrypted with a password: an OLE2 container with `EncryptionInfo` and
 * `EncryptedPackage` streams. When the directory cannot be read, the raw bytes are searched for the name.
 */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  const names = oleStreamNames(bytes);
  if (names.length === 0) return containsUtf16(bytes, 'EncryptedPackage');
  return names.includes('EncryptedPackage') || names.includes('EncryptionInfo');
}
