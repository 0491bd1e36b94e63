import { describe, expect, it } from 'vitest';
import type { BodyBlock, CircularDocument } from '../../src/report/document-model.js';
import { FONT_SIZE, LINE_PITCH, TEXT_HEIGHT, TEXT_WIDTH } from '../../src/report/docx/layout.js';
import {
  cellLines,
  colophonHeight,
  countLines,
  paginate,
  placeColophon,
  rowHeight,
} from '../../src/report/docx/paginate.js';
import { sampleCircular } from '../render/sample-circular.js';

const BODY = FONT_SIZE.body;
const FULL = { first: TEXT_WIDTH, rest: TEXT_WIDTH };
const INDENTED = { first: TEXT_WIDTH - 640, rest: TEXT_WIDTH };
const han = (n: number) => '政'.repeat(n);

describe('countLines', () => {
  it('fits 27 CJK characters a line at 三号 in the 版心, 25 after a two-character indent', () => {
    expect(countLines(han(27), BODY, FULL)).toBe(1);
    expect(countLines(han(28), BODY, FULL)).toBe(2);
    expect(countLines(han(25), BODY, INDENTED)).toBe(1);
    expect(countLines(han(26), BODY, INDENTED)).toBe(2);
    expect(countLines(han(25 + 27), BODY, INDENTED)).toBe(2);
    expect(countLines(han(25 + 28), BODY, INDENTED)).toBe(3);
    expect(countLines('', BODY, FULL)).toBe(1);
  });

  it('lets a comma or full stop hang past the margin, but carries other closing punctuation down', () => {
    expect(countLines(`${han(27)}。`, BODY, FULL)).toBe(1);
    expect(countLines(`${han(27)}，${han(3)}`, BODY, FULL)).toBe(2);
    // A closing bracket may not start a line: it takes the character before it to the next line.
    expect(countLines(`${han(27)}）`, BODY, FULL)).toBe(2);
  });

  it('never ends a line with an opening bracket or breaks inside a number', () => {
    // 26 characters and "（": the bracket goes down with what follows it.
    expect(countLines(`${han(26)}（一）`, BODY, FULL)).toBe(2);
    // Half-width digits: 25 characters and 2022 (2 ems) fill 27 ems exactly, with autospacing one line too many.
    expect(countLines(`${han(24)}2022`, BODY, FULL)).toBe(1);
    expect(countLines(`${han(26)}2022年`, BODY, FULL)).toBe(2);
  });

  it('counts a cell’s lines at 小四 inside its padding, a newline starting a line', () => {
    // 2600 twips less 170 of padding: 10 characters of 240 twips.
    expect(cellLines(han(10), 2600)).toBe(1);
    expect(cellLines(han(11), 2600)).toBe(2);
    expect(cellLines('错别字\n链接不可用', 2600)).toBe(2);
  });

  it('sets one character a line in a column too narrow for any, and always ends', () => {
    expect(cellLines('宜兴发改', 100)).toBe(4);
    expect(cellLines('ABCDEFGH', 0)).toBeGreaterThanOrEqual(4);
  });
});

/** A circular with a one-line 主送机关: its title (two lines), a blank line and the 主送 are four lines. */
function circular(body: BodyBlock[], extra: Partial<CircularDocument> = {}): CircularDocument {
  return { ...sampleCircular(), addressees: '各区人民政府：', body, attachments: [], ...extra };
}
const line = (text = '一行。'): BodyBlock => ({ type: 'paragraph', runs: [{ text }] });
const paragraph = (lines: number): BodyBlock => line(han(25 + 27 * (lines - 1)));

describe('paginate', () => {
  // Title (2 lines), blank, 主送 = 4 lines; blank, issuer, date = 3 lines after the body.
  it('sets 22 lines of 579 twips a page', () => {
    expect(paginate(circular(Array.from({ length: 15 }, () => line())))).toEqual({
      page: 1,
      used: 22 * LINE_PITCH,
    });
    expect(paginate(circular(Array.from({ length: 16 }, () => line())))).toEqual({
      page: 2,
      used: LINE_PITCH,
    });
  });

  it('moves a three-line paragraph whole rather than leave one line of it alone', () => {
    // 4 + 16 lines leave two: a three-line paragraph goes to page 2 whole, then the signature.
    const body = [...Array.from({ length: 16 }, () => line()), paragraph(3)];
    expect(paginate(circular(body))).toEqual({ page: 2, used: 6 * LINE_PITCH });
    // A four-line paragraph splits two and two.
    const split = [...Array.from({ length: 16 }, () => line()), paragraph(4)];
    expect(paginate(circular(split))).toEqual({ page: 2, used: 5 * LINE_PITCH });
  });

  it('keeps a heading with the first two lines of the paragraph after it', () => {
    // 4 + 17 lines leave one: the heading would be alone at the foot, so it moves too.
    const body: BodyBlock[] = [
      ...Array.from({ length: 16 }, () => line()),
      { type: 'heading1', text: '二、主要做法' },
      paragraph(5),
    ];
    expect(paginate(circular(body))).toEqual({ page: 2, used: (1 + 5 + 3) * LINE_PITCH });
  });

  it('repeats a table’s header on each page and never splits a row', () => {
    const base = sampleCircular();
    const attachment = { ...base.attachments[2]!, title: '名单', rows: [] as string[][] };
    const row = rowHeight(1);
    // On the attachment's first page: 附件, blank, one title line and the title gap, then the header.
    const first = Math.floor((TEXT_HEIGHT - 3 * LINE_PITCH - 144 - row) / row);
    const perPage = Math.floor((TEXT_HEIGHT - row) / row);
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [String(i + 1), '宜兴发改', '1']);
    const doc = (n: number) => circular([line()], { attachments: [{ ...attachment, rows: rows(n) }] });
    expect(paginate(doc(first))).toEqual({ page: 2, used: 3 * LINE_PITCH + 144 + (first + 1) * row });
    expect(paginate(doc(first + 1))).toEqual({ page: 3, used: 2 * row });
    expect(paginate(doc(first + perPage + 1))).toEqual({ page: 4, used: 2 * row });
  });
});

describe('placeColophon', () => {
  const colophon = sampleCircular().colophon!;
  const height = colophonHeight(colophon);
  it('counts the 版记 as one line for 印发 and the lines of 抄送', () => {
    expect(height).toBe(2 * LINE_PITCH);
    expect(colophonHeight({ ...colophon, cc: undefined })).toBe(LINE_PITCH);
  });

  it('puts it on the next page after an odd page, at the foot of an even page with room, else after a blank page', () => {
    expect(placeColophon({ page: 3, used: LINE_PITCH }, colophon, LINE_PITCH)).toBe('next-page');
    expect(placeColophon({ page: 4, used: TEXT_HEIGHT - height - LINE_PITCH }, colophon, LINE_PITCH)).toBe(
      'same-page',
    );
    expect(
      placeColophon({ page: 4, used: TEXT_HEIGHT - height - LINE_PITCH + 1 }, colophon, LINE_PITCH),
    ).toBe('after-blank-page');
  });
});
