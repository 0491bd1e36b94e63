/**
 * The writer's last line of defence (docs/templates.md, “不能写进通报的字符”): whatever reaches it, no
 * part of the package can hold a character XML 1.0 forbids. The sources refuse or strip such characters
 * with a message first (cells, config, highlights, templates); this is what makes a broken package
 * impossible even if one of them is missed.
 */
import { hasForbiddenChar, removeForbiddenChars } from '../../domain/xml-chars.js';
import type { CircularDocument } from '../document-model.js';

const SENTINELS = /[\ufdd0-\ufdef]/g;

/** Text safe for any part: Word's vertical tab and form feed read as line breaks, forbidden characters and sentinels removed. */
export function safeText(text: string): string {
  return removeForbiddenChars(text.replace(/[\v\f]/g, '\n')).replace(SENTINELS, '');
}

function safeValue<T>(value: T): T {
  if (typeof value === 'string') return safeText(value) as T;
  if (Array.isArray(value)) return value.map(safeValue) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeValue(v)])) as T;
  }
  return value;
}

/** The document with every text in it made safe (see `safeText`). */
export function safeDocument(doc: CircularDocument): CircularDocument {
  return safeValue(doc);
}

/**
 * Throws when a part's XML holds a forbidden character: never expected after `safeDocument`, and a
 * package that would not open must not be written.
 */
export function assertWellFormedText(path: string, xml: string): void {
  if (hasForbiddenChar(xml)) {
    throw new Error(`内部错误：${path} 含有 XML 不允许的字符，未写出文件`);
  }
}
