/**
 * Decoding the text of XML: the five named entities, character references, and the `_xHHHH_` escapes
 * OOXML uses for characters XML cannot carry.
 * NOTE: no other entity is ever expanded (documents with a DOCTYPE are refused by the tokenizer), so
 * entity-expansion bombs cannot work.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeReference(name: string): string | undefined {
  if (name.charCodeAt(0) !== 35 /* # */) return NAMED_ENTITIES[name];
  const hex = name.charCodeAt(1) === 120 /* x */ || name.charCodeAt(1) === 88; /* X */
  const digits = name.slice(hex ? 2 : 1);
  if (digits === '' || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const code = Number.parseInt(digits, hex ? 16 : 10);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/** Replaces entity and character references; an unknown or malformed one is kept as written. */
export function decodeEntities(raw: string): string {
  let out = '';
  let from = 0;
  let amp = raw.indexOf('&');
  while (amp >= 0) {
    const semicolon = raw.indexOf(';', amp + 1);
    if (semicolon < 0) break;
    const decoded = semicolon - amp <= 12 ? decodeReference(raw.slice(amp + 1, semicolon)) : undefined;
    if (decoded !== undefined) {
      out += raw.slice(from, amp) + decoded;
      from = semicolon + 1;
    }
    amp = raw.indexOf('&', decoded !== undefined ? semicolon + 1 : amp + 1);
  }
  return from === 0 ? raw : out + raw.slice(from);
}

/**
 * Undoes OOXML's `_xHHHH_` escapes (`_x000D_` is a carriage return; `_x005F_` escapes an underscore, so
 * `_x005F_x000D_` is the literal text `_x000D_`).
 */
export function unescapeOoxml(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
