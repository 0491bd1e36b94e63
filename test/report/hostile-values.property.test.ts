/**
 * The habit of issue 11: arbitrary Unicode — characters XML forbids, surrogate halves, line breaks,
 * the template's markers, bidi marks, escapes, the literal sentinels — through every field that reaches
 * the document (cells, config, highlights), past the sources' own checks. Every part of the package
 * stays well-formed XML, each value's text appears as the field's rule says, and the paragraph
 * structure is that of a clean build.
 */

import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCircularDocument } from '../../src/report/build-document.js';
import { valueText } from '../../src/report/literal-text.js';
import { writeDocx } from '../../src/report/write-docx.js';
import { CLEAN, circularInput, type Fields, MARKERS } from '../helpers/circular-fields.js';
import { findAll, parseXml, type XmlElement } from '../render/xml.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

const HOSTILE = [
  ...MARKERS,
  '\u0000',
  '\u0007',
  '\u000b',
  '\u000c',
  '\u001f',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '\ufffd',
  '\u202e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\ufeff',
  '&#xFFFE;',
  '_xFFFE_',
  '_x0007_',
  '<w:p>',
  '&amp;',
  ']]>',
  '"',
  '{{issuer}}',
  '\ufdd0',
  '\ufdd1',
  '\ufdd2',
  '\t',
  ' ',
  '\u3000',
];

const fragment = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
/** A value with text at both ends (a value of spaces alone would be no paragraph, by design). */
const value = fc.array(fragment, { maxLength: 6 }).map((parts) => `甲${parts.join('')}乙`);

const FIELDS = Object.keys(CLEAN) as (keyof Fields)[];
const fields = fc
  .record(Object.fromEntries(FIELDS.map((f) => [f, value])) as Record<keyof Fields, fc.Arbitrary<string>>)
  .map(
    // A highlight's `**bold**` is its one markup by design (tested in values-stay-text.test.ts); a
    // district with `"` or `,` is refused by the config, since it would break init's dropdown
    // (tested in test/workspace/init-workspace.test.ts), so it never reaches a document.
    (f): Fields => ({
      ...f,
      highlight: f.highlight.replace(/\*/g, ''),
      district: f.district.replace(/[",]/g, ''),
    }),
  );

interface Built {
  parts: Record<string, string>;
  document: XmlElement;
}

async function build(f: Fields): Promise<Built> {
  const bytes = await writeDocx(buildCircularDocument(circularInput(f)));
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    // Strict UTF-8 (a lone surrogate would have been written as bytes no reader accepts), strict XML.
    parts[name] = utf8.decode(data);
    parseXml(parts[name]);
  }
  return { parts, document: parseXml(parts['word/document.xml']!) };
}

const texts = (e: XmlElement) =>
  findAll(e, 'w:t')
    .map((t) => t.text)
    .join('');

/** Each non-empty paragraph: its style and the look of its runs (the title's line runs left out). */
function structure(document: XmlElement): string[] {
  return findAll(document, 'w:p')
    .filter((p) => texts(p) !== '')
    .map((p) => {
      const style = findAll(p, 'w:pStyle')[0]?.attrs['w:val'] ?? '';
      if (style === 'Title' || /title/i.test(style)) return style;
      const runs = findAll(p, 'w:r').map((r) =>
        [findAll(r, 'w:b').length > 0 ? 'b' : '', findAll(r, 'w:rStyle')[0]?.attrs['w:val'] ?? ''].join(''),
      );
      return `${style}|${runs.join(',')}`;
    });
}

describe('hostile values in every field', () => {
  it('never break the package, show as their rule says, and change no structure', async () => {
    const clean = structure((await build(CLEAN)).document);
    await fc.assert(
      fc.asyncProperty(fields, async (f) => {
        const built = await build(f);
        expect(structure(built.document)).toEqual(clean);
        const paragraphs = findAll(built.document, 'w:p').map(texts).join('\n');
        const core = allText(parseXml(built.parts['docProps/core.xml']!));
        for (const field of FIELDS) {
          // The city is in the document's properties (the subject); every other field in its text.
          expect(field === 'city' ? core : paragraphs, field).toContain(valueText(f[field]));
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

function allText(e: XmlElement): string {
  return e.text + e.children.map(allText).join('\n');
}
