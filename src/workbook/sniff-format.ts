/**
 * What a file is, from its first bytes rather than its name: offices rename files freely, and reporting
 * systems save web pages and CSV text under an .xls name.
 */

/** The kinds of content the reader tells apart. */
export type SniffedFormat = 'empty' | 'zip' | 'ole2' | 'markup' | 'text' | 'binary';

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEAD_BYTES = 8192;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** True when the bytes hold control characters that never occur in text (NUL, and C0 codes other than tab, LF, FF, CR, SUB, ESC). */
function hasBinaryBytes(head: Uint8Array): boolean {
  for (const byte of head) {
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1a &&
      byte !== 0x1b
    ) {
      return true;
    }
  }
  return false;
}

function firstNonSpace(text: string): string {
  return text.trimStart().charAt(0);
}

/** Sniffs the format from the first bytes. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    bytes[3] === bytes[2]! + 1
  ) {
    return 'zip';
  }
  if (startsWith(bytes, OLE2_SIGNATURE)) return 'ole2';
  const head = bytes.subarray(0, HEAD_BYTES);
  const utf16 =
    head[0] === 0xff && head[1] === 0xfe
      ? 'utf-16le'
      : head[0] === 0xfe && head[1] === 0xff
        ? 'utf-16be'
        : '';
  if (utf16 !== '') {
    return firstNonSpace(new TextDecoder(utf16).decode(head)) === '<' ? 'markup' : 'text';
  }
  if (hasBinaryBytes(head)) return 'binary';
  return firstNonSpace(new TextDecoder('utf-8').decode(head.subarray(0, 1024))) === '<' ? 'markup' : 'text';
}
