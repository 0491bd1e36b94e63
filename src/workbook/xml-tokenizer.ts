/**
 * A small, fast XML tokenizer for the parts of an .xlsx, fed the part's UTF-8 bytes chunk by chunk.
 *
 * It is not a general XML parser: it reports start tags, end tags and (on request) text to a handler,
 * identifies elements by local name (so `x:row`, strict and transitional namespaces all look alike),
 * keeps attributes as byte positions in the current buffer, and allocates nothing for tags nobody asked
 * about. Scanning bytes rather than a decoded string is about four times faster in V8, and only the text
 * a handler asks for is ever decoded.
 *
 * It refuses a DOCTYPE (no entity is ever expanded) and skips the `mc:Choice` branch of
 * markup-compatibility `AlternateContent`, reading the `mc:Fallback`, as a consumer that knows no
 * extensions must.
 * NOTE: a token cut by a chunk boundary is kept and completed by the next chunk, so text (and the
 * multibyte UTF-8 sequences in it) is always decoded whole: no U+FFFD from splitting.
 */
import { ReadFailure } from './read-errors.js';
import { decodeEntities } from './xml-text.js';

/** What a part reader does with the tokens; `name` is the 1-based index into the tokenizer's names, or 0. */
export interface XmlHandler {
  open(xml: XmlTokenizer, name: number, selfClosing: boolean): void;
  close(xml: XmlTokenizer, name: number): void;
  /**
   * Text or CDATA at `xml.bytes[start, end)`, reported only while `xml.wantText` is true. Read it with
   * `xml.textAt` before returning: the buffer changes with the next chunk.
   */
  text(xml: XmlTokenizer, start: number, end: number): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const COLON = 58;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const BANG = 33;
const QUESTION = 63;
const INCOMPLETE = -1;
const EMPTY = Buffer.alloc(0);
const CHOICE = Buffer.from('Choice');
const DOCTYPE = Buffer.from('<!DOCTYPE');
const COMMENT = Buffer.from('<!--');
const CDATA = Buffer.from('<![CDATA[');

function malformed(detail: string): ReadFailure {
  return new ReadFailure('WORKBOOK_CORRUPT', `malformed XML: ${detail}`);
}

/** Decodes UTF-8 bytes, refusing invalid sequences instead of letting U+FFFD through. */
function utf8(bytes: Buffer, start: number, end: number): string {
  const text = bytes.toString('utf8', start, end);
  if (text.indexOf('\uFFFD') >= 0) {
    // Either a U+FFFD written in the file (fine) or invalid UTF-8 (refused by the fatal decoder).
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, end));
    } catch {
      throw new ReadFailure('WORKBOOK_CORRUPT', 'an XML part is not valid UTF-8');
    }
  }
  return text;
}

/** Hash of a name's bytes, as the tokenizer computes it while scanning a tag. */
function nameHash(name: Buffer): number {
  let hash = 0;
  for (const byte of name) hash = (Math.imul(hash, 31) + byte) | 0;
  return hash;
}

/** The names a handler listens to, found by hash (then checked byte by byte) in an open-addressing table. */
class NameTable {
  private readonly names: Buffer[];
  private readonly hashes: Int32Array;
  private readonly codes: Int32Array;
  private readonly mask: number;

  constructor(names: readonly string[]) {
    this.names = names.map((name) => Buffer.from(name, 'latin1'));
    let size = 16;
    while (size < names.length * 4) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.codes = new Int32Array(size);
    this.names.forEach((name, index) => {
      const hash = nameHash(name);
      let slot = hash & this.mask;
      while (this.codes[slot] !== 0) slot = (slot + 1) & this.mask;
      this.hashes[slot] = hash;
      this.codes[slot] = index + 1;
    });
  }

  /** The 1-based code of the name at `bytes[start, end)` whose hash is `hash`, or 0. */
  lookup(bytes: Buffer, start: number, end: number, hash: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const code = this.codes[slot]!;
      if (code === 0) return 0;
      if (this.hashes[slot] === hash && this.matches(this.names[code - 1]!, bytes, start, end)) return code;
    }
  }

  private matches(name: Buffer, bytes: Buffer, start: number, end: number): boolean {
    if (end - start !== name.length) return false;
    for (let index = 0; index < name.length; index++) {
      if (bytes[start + index] !== name[index]) return false;
    }
    return true;
  }
}

/** Tokenizes one XML part; see the module comment. */
export class XmlTokenizer {
  /** Set by the handler to receive text until it clears it. */
  wantText = false;
  /** Set by the handler to ignore the rest of the part. */
  stopped = false;
  /** Number of open elements enclosing the tag being reported (the root's depth is 0). */
  depth = 0;
  /** The buffer the current token's positions refer to. */
  bytes: Buffer = EMPTY;

  /** Unprocessed tail of the previous chunk. */
  private rest: Buffer = EMPTY;
  /** How much of `rest` is known to be text without `<` (so a long text node is not rescanned). */
  private restScanned = 0;
  private skipDepth = 0;
  private rawText = false;
  private readonly names: NameTable;
  /** Attributes of the current start tag: local-name start, name end, value start, value end. */
  private attrs = new Int32Array(64);
  private attrCount = 0;

  constructor(
    names: readonly string[],
    private readonly handler: XmlHandler,
  ) {
    this.names = new NameTable(names);
  }

  /** Processes the next chunk of the part. */
  feed(chunk: Buffer): void {
    if (this.stopped) return;
    this.bytes = this.rest.length === 0 ? chunk : Buffer.concat([this.rest, chunk]);
    this.run(false);
  }

  /** Signals the end of the part; a tag cut off at the end is an error. */
  end(): void {
    if (this.stopped) return;
    this.bytes = this.rest;
    this.rest = EMPTY;
    this.run(true);
  }

  /** The text at `bytes[start, end)`: UTF-8 decoded, entities replaced (not in CDATA), CR LF read as LF. */
  textAt(start: number, end: number): string {
    let text = utf8(this.bytes, start, end);
    if (this.rawText) return text;
    if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
    return text.indexOf('&') >= 0 ? decodeEntities(text) : text;
  }

  /** The index of the current start tag's attribute with this local name, or -1. */
  attrIndex(localName: string): number {
    for (let index = 0; index < this.attrCount; index++) {
      const start = this.attrs[index * 4]!;
      const length = this.attrs[index * 4 + 1]! - start;
      if (length !== localName.length) continue;
      let same = true;
      for (let at = 0; at < length && same; at++) same = this.bytes[start + at] === localName.charCodeAt(at);
      if (same) return index;
    }
    return -1;
  }

  /** `attrIndex` for a one-letter local name, given as its character code (`r`, `s`, `t` of a cell). */
  attrIndexOf(letter: number): number {
    for (let index = 0; index < this.attrCount; index++) {
      const start = this.attrs[index * 4]!;
      if (this.attrs[index * 4 + 1]! - start === 1 && this.bytes[start] === letter) return index;
    }
    return -1;
  }

  /** The decoded value of the current start tag's attribute with this local name. */
  attr(localName: string): string | undefined {
    const index = this.attrIndex(localName);
    return index < 0 ? undefined : this.attrAt(index);
  }

  /** The decoded value of the attribute at `index`. */
  attrAt(index: number): string {
    const text = utf8(this.bytes, this.attrs[index * 4 + 2]!, this.attrs[index * 4 + 3]!);
    return text.indexOf('&') >= 0 ? decodeEntities(text) : text;
  }

  /** True when the attribute at `index` was written with a namespace prefix (`r:id`). */
  attrIsPrefixed(index: number): boolean {
    return this.bytes[this.attrs[index * 4]! - 1] === COLON;
  }

  /** Where the raw value of the attribute at `index` starts in `bytes`. */
  attrStart(index: number): number {
    return this.attrs[index * 4 + 2]!;
  }

  /** Where the raw value of the attribute at `index` ends in `bytes`. */
  attrEnd(index: number): number {
    return this.attrs[index * 4 + 3]!;
  }

  private startsWithAt(pattern: Buffer, at: number): boolean {
    if (at + pattern.length > this.bytes.length) return false;
    for (let index = 0; index < pattern.length; index++) {
      if (this.bytes[at + index] !== pattern[index]) return false;
    }
    return true;
  }

  private run(final: boolean): void {
    const bytes = this.bytes;
    const length = bytes.length;
    let pos = 0;
    let scanned = this.restScanned;
    while (pos < length && !this.stopped) {
      let next: number;
      if (bytes[pos] !== LT) {
        next = this.text(pos, scanned, final);
        scanned = 0;
      } else {
        const kind = bytes[pos + 1];
        if (kind === SLASH) next = this.endTag(pos);
        else if (kind === BANG) next = this.bang(pos, final);
        else if (kind === QUESTION) next = this.instruction(pos);
        else next = this.startTag(pos);
      }
      if (next === INCOMPLETE) {
        if (final) throw malformed('the part ends inside a tag');
        break;
      }
      pos = next;
    }
    if (this.stopped || pos >= length) {
      this.rest = EMPTY;
      this.restScanned = 0;
    } else {
      this.rest = bytes.subarray(pos);
      // A text node cut off by the chunk end: everything kept is known to contain no `<`.
      this.restScanned = bytes[pos] === LT ? 0 : length - pos;
    }
  }

  private text(pos: number, scanned: number, final: boolean): number {
    const bytes = this.bytes;
    const length = bytes.length;
    let lt = pos + scanned;
    while (lt < length && bytes[lt] !== LT) lt++;
    if (lt >= length && !final) return INCOMPLETE;
    if (this.wantText && this.skipDepth === 0) {
      this.rawText = false;
      this.handler.text(this, pos, lt);
    }
    return lt;
  }

  private endTag(pos: number): number {
    const bytes = this.bytes;
    const length = bytes.length;
    let at = pos + 2;
    let localStart = at;
    let hash = 0;
    for (; at < length; at++) {
      const byte = bytes[at]!;
      if (byte === GT || byte <= 32) break;
      if (byte === COLON) {
        localStart = at + 1;
        hash = 0;
      } else hash = (Math.imul(hash, 31) + byte) | 0;
    }
    const nameEnd = at;
    while (at < length && bytes[at] !== GT) at++;
    if (at >= length) return INCOMPLETE;
    if (this.depth > 0) this.depth--;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return at + 1;
    }
    this.handler.close(this, this.names.lookup(bytes, localStart, nameEnd, hash));
    return at + 1;
  }

  private indexOfSequence(first: number, second: number, third: number, from: number): number {
    const bytes = this.bytes;
    for (let at = from; at + 2 < bytes.length; at++) {
      if (bytes[at] === first && bytes[at + 1] === second && bytes[at + 2] === third) return at;
    }
    return INCOMPLETE;
  }

  /** Comments, CDATA and declarations (`<!…`). */
  private bang(pos: number, final: boolean): number {
    if (this.startsWithAt(COMMENT, pos)) {
      const close = this.indexOfSequence(45, 45, GT, pos + 4); // -->
      return close < 0 ? INCOMPLETE : close + 3;
    }
    if (this.startsWithAt(CDATA, pos)) {
      const close = this.indexOfSequence(93, 93, GT, pos + 9); // ]]>
      if (close < 0) return INCOMPLETE;
      if (this.wantText && this.skipDepth === 0) {
        this.rawText = true;
        this.handler.text(this, pos + 9, close);
      }
      return close + 3;
    }
    if (this.bytes.length - pos < DOCTYPE.length && !final) return INCOMPLETE;
    if (this.startsWithAt(DOCTYPE, pos)) {
      throw malformed(
        'a DOCTYPE declaration is not allowed in an .xlsx part (entity expansion is never done)',
      );
    }
    throw malformed('unexpected `<!` markup');
  }

  private instruction(pos: number): number {
    const bytes = this.bytes;
    for (let at = pos + 2; at + 1 < bytes.length; at++) {
      if (bytes[at] === QUESTION && bytes[at + 1] === GT) return at + 2;
    }
    return INCOMPLETE;
  }

  private startTag(pos: number): number {
    const bytes = this.bytes;
    const length = bytes.length;
    let at = pos + 1;
    let localStart = at;
    let byte = 0;
    let hash = 0;
    for (; at < length; at++) {
      byte = bytes[at]!;
      if (byte === GT || byte === SLASH || byte <= 32) break;
      if (byte === COLON) {
        localStart = at + 1;
        hash = 0;
      } else hash = (Math.imul(hash, 31) + byte) | 0;
    }
    if (at >= length) return INCOMPLETE;
    const nameEnd = at;
    if (nameEnd === pos + 1) throw malformed('a tag without a name');
    // Attributes: name="value" or name='value', any whitespace around `=`.
    let count = 0;
    for (;;) {
      while (at < length && bytes[at]! <= 32) at++;
      if (at >= length) return INCOMPLETE;
      byte = bytes[at]!;
      if (byte === GT || byte === SLASH) break;
      const nameStart = at;
      let attrLocal = at;
      for (; at < length; at++) {
        byte = bytes[at]!;
        if (byte === EQUALS || byte === GT || byte === SLASH || byte <= 32) break;
        if (byte === COLON) attrLocal = at + 1;
      }
      const attrNameEnd = at;
      while (at < length && bytes[at]! <= 32) at++;
      if (at >= length) return INCOMPLETE;
      if (bytes[at] !== EQUALS || attrNameEnd === nameStart) throw malformed('an attribute without a value');
      at++;
      while (at < length && bytes[at]! <= 32) at++;
      if (at >= length) return INCOMPLETE;
      const quote = bytes[at];
      if (quote !== QUOTE && quote !== APOSTROPHE) throw malformed('an attribute value without quotes');
      const valueStart = ++at;
      while (at < length && bytes[at] !== quote) at++;
      if (at >= length) return INCOMPLETE;
      if (count * 4 + 4 > this.attrs.length) this.growAttributes();
      const slot = count++ * 4;
      this.attrs[slot] = attrLocal;
      this.attrs[slot + 1] = attrNameEnd;
      this.attrs[slot + 2] = valueStart;
      this.attrs[slot + 3] = at;
      at++;
    }
    let selfClosing = false;
    if (byte === SLASH) {
      if (at + 1 >= length) return INCOMPLETE;
      if (bytes[at + 1] !== GT) throw malformed('`/` not followed by `>` in a tag');
      selfClosing = true;
      at++;
    }
    this.attrCount = count;
    this.openElement(localStart, nameEnd, hash, selfClosing);
    return at + 1;
  }

  private openElement(localStart: number, nameEnd: number, hash: number, selfClosing: boolean): void {
    if (this.skipDepth > 0) {
      if (!selfClosing) {
        this.skipDepth++;
        this.depth++;
      }
      return;
    }
    const isChoice =
      nameEnd - localStart === CHOICE.length &&
      this.bytes[localStart - 1] === COLON &&
      this.startsWithAt(CHOICE, localStart);
    if (isChoice) {
      if (!selfClosing) {
        this.skipDepth = 1;
        this.depth++;
      }
      return;
    }
    this.handler.open(this, this.names.lookup(this.bytes, localStart, nameEnd, hash), selfClosing);
    if (!selfClosing) this.depth++;
  }

  private growAttributes(): void {
    const grown = new Int32Array(this.attrs.length * 2);
    grown.set(this.attrs);
    this.attrs = grown;
  }
}
