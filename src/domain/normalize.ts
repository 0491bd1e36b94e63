/**
 * Text folding used everywhere text is compared: trims ASCII and ideographic spaces and folds
 * full-width letters, digits and brackets to half-width (NFKC).
 */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, '');
}

/** A comparison key for account names: normalized, inner whitespace removed, letters lower-cased. */
export function nameKey(value: string): string {
  // NOTE: printable ASCII and CJK unified ideographs are their own NFKC form and hold no space, so text
  // made only of them (most names and ids) needs at most lower-casing: the same key, far cheaper.
  let upper = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) continue;
    if (code < 0x21 || code > 0x7e) return foldedKey(value);
    if (code >= 0x41 && code <= 0x5a) upper = true;
  }
  return upper ? value.toLowerCase() : value;
}

function foldedKey(value: string): string {
  return normalizeText(value)
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

/**
 * A comparison key for column headers: normalized, whitespace and markers such as `*` removed, and a
 * trailing bracketed note dropped, so `账号名称（必填）` and `所属地区*` match their canonical headers.
 */
export function headerKey(value: string): string {
  return normalizeText(value)
    .replace(/\s+/g, '')
    .replace(/[*＊※]/g, '')
    .replace(/\((?:[^()]*)\)$/g, '')
    .replace(/\[(?:[^[\]]*)\]$/g, '')
    .replace(/【[^【】]*】$/g, '')
    .toLowerCase();
}
