/**
 * Text as the bytes a Chinese Windows editor (Notepad's ANSI, WPS) saves: GB18030, which is GBK for
 * every character here. Node has no GB18030 encoder, so the table is built from its decoder: every
 * two-byte sequence, decoded once.
 */
let table: Map<string, number[]> | undefined;

function gbkTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** `text` in GB18030 bytes; ASCII stays one byte. Throws for a character outside the two-byte table. */
export function gb18030(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable().get(char);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
