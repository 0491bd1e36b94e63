/**
 * Terminal columns as a person sees them: a CJK character or a full-width form takes two, everything
 * else one (enough for the tool's own output; written here so the tests do not trust the library the
 * code uses).
 */
export function columns(text: string): number {
  let n = 0;
  for (const char of text) {
    const c = char.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    n += wide ? 2 : 1;
  }
  return n;
}

/** The display column at which `part` starts in `line`. */
export function columnOf(line: string, part: string): number {
  const at = line.indexOf(part);
  if (at < 0) throw new Error(`“${part}” is not in “${line}”`);
  return columns(line.slice(0, at));
}
