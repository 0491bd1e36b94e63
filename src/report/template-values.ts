/**
 * How a template's messages show what it was given: a value in a few words, a call as it is written.
 */

/** A value in a few words for a message: “宜兴发改”, 9, 空值, 一个列表（3项）, 一组数据. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return '空值';
  if (typeof value === 'string') {
    const chars = [...value];
    return `“${chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : value}”`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `一个列表（${value.length}项）`;
  return '一组数据';
}

/** A source span as Handlebars reports it (1-based lines, 0-based columns). */
export interface SourceSpan {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** The template text of a span (`{{quarterName 9}}`), cut to one line; `{{…}}` when unknown. */
export function snippetAt(text: string, loc: SourceSpan | undefined): string {
  if (!loc) return '{{…}}';
  const line = text.split('\n')[loc.start.line - 1] ?? '';
  const end = loc.end.line === loc.start.line ? loc.end.column : line.length;
  const snippet = line.slice(loc.start.column, end).trim();
  return snippet.length > 60 ? `${snippet.slice(0, 60)}…` : snippet || '{{…}}';
}
