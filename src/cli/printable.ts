/**
 * Text from a submitted file (a cell, a sheet name, a file name) reaches the terminal inside our
 * messages; a control character in it could clear the screen, move the cursor, hide text or reverse
 * the line (bidi overrides). `printable` shows every such character as a visible `\uXXXX` instead.
 */

/**
 * What is escaped: C0 controls but line feed and tab, DEL, C1 controls, and the marks and overrides
 * that reorder text on screen (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069). Lone
 * surrogates too, which a terminal shows as garbage.
 */
const UNSAFE = String.raw`[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]`;
/** The colour sequences our own output uses (chalk's bold, dim, red, green, yellow, cyan and their resets). */
const OWN_COLOUR = String.raw`\u001b\[(?:1|2|22|31|32|33|36|39)m`;
const PATTERN = new RegExp(`${OWN_COLOUR}|${UNSAFE}`, 'g');

function escaped(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

const STRICT = new RegExp(UNSAFE, 'g');

/** The text with every unsafe character, ESC included, written as `\uXXXX`: for a value from the data. */
export function printable(text: string): string {
  return text.replace(STRICT, escaped);
}

/**
 * `printable` for a whole line as `out` and `err` write it: our own colour sequences are kept.
 * NOTE: the `\uXXXX` form is also a JSON string escape, so a JSON document passed through stays
 * exact JSON with the same values (JSON.stringify already escapes C0; C1 and bidi marks it leaves raw).
 * A value that can carry data (a diagnostic's file, sheet, message) goes through `printable` before it
 * is coloured; for any other text a colour sequence of the kinds we emit could only colour it, never
 * clear, move or hide anything.
 */
export function printableLine(text: string): string {
  return text.replace(PATTERN, (match) => (match.length > 1 ? match : escaped(match)));
}
