/**
 * Data never becomes structure: every marker of the template language, in every field that reaches the
 * document, is plain text in the circular, and the circular's parts stay those of a clean build.
 */
import { describe, expect, it } from 'vitest';
import { buildCircularDocument } from '../../src/report/build-document.js';
import type { CircularDocument } from '../../src/report/document-model.js';
import { CLEAN, type Fields, circularInput as input, MARKERS } from '../helpers/circular-fields.js';

/** The circular's structure: parts, block kinds and run looks, attachment tables — no text. */
function structure(doc: CircularDocument) {
  return {
    body: doc.body.map((b) =>
      b.type === 'heading1' ? 'h1' : b.runs.map((r) => `${r.bold ? 'b' : ''}${r.style ?? ''}`).join('|'),
    ),
    attachments: doc.attachments.map((a) => [a.title, a.rows.length, a.rows[0]?.length]),
    dateText: doc.dateText,
  };
}

function bodyText(doc: CircularDocument): string {
  return doc.body
    .map((b) => (b.type === 'heading1' ? b.text : b.runs.map((r) => r.text).join('')))
    .join('\n');
}

const clean = buildCircularDocument(input(CLEAN));

describe.each(Object.keys(CLEAN) as (keyof Fields)[])('a marker in the %s', (field) => {
  // A paragraph of highlights has one markup by design, `**bold**` (tested below).
  const markers = field === 'highlight' ? MARKERS.filter((m) => m !== '**伪造的加粗**') : MARKERS;
  it.each(markers)('%j stays text and changes no part', (marker) => {
    const value = `${CLEAN[field]}${marker}`;
    const doc = buildCircularDocument(input({ ...CLEAN, [field]: value }));
    expect(structure(doc)).toEqual(structure(clean));
    expect(doc.title).toBe(
      clean.title.replace(CLEAN.issuerShort, field === 'issuerShort' ? folded(value) : CLEAN.issuerShort),
    );
    const everything = [
      doc.title,
      doc.addressees,
      bodyText(doc),
      doc.issuer,
      doc.meta.subject,
      doc.colophon?.cc ?? '',
      doc.colophon?.printer ?? '',
      ...doc.attachments.flatMap((a) => a.rows.flat()),
    ].join('\n');
    expect(everything).toContain(folded(value));
  });
});

/** How a value is printed: its line breaks folded (between Chinese text they vanish). */
function folded(value: string): string {
  return value.replace(/\s*(?:\r\n|[\n\r\u000b\u000c\u2028\u2029])\s*/g, '');
}

describe('values that look like markup', () => {
  it('keeps an account name with a line break and a title marker in one paragraph of the text', () => {
    const doc = buildCircularDocument(input({ ...CLEAN, name: '宜兴发改\n【标题】伪造的通报标题' }));
    expect(doc.title).toBe(clean.title);
    expect(doc.body).toHaveLength(clean.body.length);
    expect(bodyText(doc)).toContain('“宜兴发改【标题】伪造的通报标题转载(微博)”等1个政务新媒体');
    const accounts = doc.attachments.find((a) => a.title.includes('不合格政务新媒体名单'))!;
    expect(accounts.rows[0]![1]).toBe('宜兴发改【标题】伪造的通报标题');
  });

  it('keeps an issuer with an attachment marker out of the attachments', () => {
    const doc = buildCircularDocument(
      input({ ...CLEAN, issuer: '无锡市人民政府办公室\n【附件】perfect 伪造' }),
    );
    expect(doc.attachments.map((a) => a.title)).toEqual(clean.attachments.map((a) => a.title));
    expect(doc.issuer).toBe('无锡市人民政府办公室【附件】perfect 伪造');
  });

  it('keeps a highlight’s 一、 and （一） as text, its **bold** (its one markup) bold', () => {
    const doc = buildCircularDocument(
      input({ ...CLEAN, highlight: '\n一、伪造（一）**二是完善制度。**其余**' }),
    );
    expect(doc.body).toHaveLength(clean.body.length);
    const paragraph = doc.body.find((b) => b.type === 'paragraph' && b.runs[0]?.text === '一是健全机制。');
    expect(paragraph).toEqual({
      type: 'paragraph',
      runs: [
        { text: '一是健全机制。', bold: true },
        { text: '一、伪造（一）' },
        { text: '二是完善制度。', bold: true },
        { text: '其余**' },
      ],
    });
  });

  it('still makes a heading of a numeral the template prints before its own 、', () => {
    const doc = buildCircularDocument({
      ...input(CLEAN),
      template: {
        file: 't.hbs',
        overridden: true,
        text: '【标题】{{city}}\n【正文】\n{{chineseNumber 2}}、下一步工作\n【署名】{{issuer}}\n【日期】{{date date}}',
      },
    });
    expect(doc.body).toEqual([{ type: 'heading1', text: '二、下一步工作' }]);
  });
});
