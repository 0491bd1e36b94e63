/**
 * The main text: 标题, 主送机关, 正文, 附件说明, 署名 and 成文日期, in GB/T 9704 order and spacing.
 */

import type { BodyBlock, CircularDocument, TextRun } from '../document-model.js';
import { breakTitle } from './break-title.js';
import type { Docx } from './docx-module.js';
import { FONT_SIZE, TWO_CHARS } from './layout.js';
import { textWidth } from './measure.js';
import { type LinePlacement, signatureLayout } from './signature.js';
import { STYLE } from './styles.js';

type Paragraph = InstanceType<Docx['Paragraph']>;

/** First line two characters in: both units, since Word reads the Chars value and LibreOffice the twips. */
export const FIRST_LINE_INDENT = { firstLine: TWO_CHARS, firstLineChars: 200 } as const;

/** Paragraphs of the main text, from the title to the date. */
export function buildMainText(D: Docx, doc: CircularDocument): Paragraph[] {
  // Step: title, one blank line, 主送机关 flush left
  const paragraphs = [titleParagraph(D, doc.title), blankLine(D), new D.Paragraph({ text: doc.addressees })];
  // Step: 正文
  for (const block of doc.body) paragraphs.push(bodyParagraph(D, block));
  // Step: 附件说明, one blank line below the body
  const titles = doc.attachments.map((attachment) => attachment.title);
  if (titles.length > 0) paragraphs.push(blankLine(D), ...attachmentNote(D, titles));
  // Step: 署名 and 成文日期, one blank line below
  paragraphs.push(blankLine(D), ...signature(D, doc.issuer, doc.dateText));
  return paragraphs;
}

/** A centred 二号 title, broken into trapezoid lines within one paragraph; `after` adds space below (twips). */
export function titleParagraph(D: Docx, title: string, after = 0): Paragraph {
  const lines = breakTitle(title);
  return new D.Paragraph({
    style: STYLE.title,
    alignment: D.AlignmentType.CENTER,
    ...(after > 0 ? { spacing: { after } } : {}),
    children: lines.map((text, i) => new D.TextRun({ text, break: i === 0 ? 0 : 1 })),
  });
}

/** An empty line of the grid. */
export function blankLine(D: Docx): Paragraph {
  return new D.Paragraph({});
}

function bodyParagraph(D: Docx, block: BodyBlock): Paragraph {
  if (block.type === 'heading1') {
    return new D.Paragraph({
      style: STYLE.heading1,
      alignment: D.AlignmentType.JUSTIFIED,
      indent: FIRST_LINE_INDENT,
      text: block.text,
    });
  }
  return new D.Paragraph({
    alignment: D.AlignmentType.JUSTIFIED,
    indent: FIRST_LINE_INDENT,
    children: block.runs.map((run) => textRun(D, run)),
  });
}

function textRun(D: Docx, run: TextRun) {
  return new D.TextRun({
    text: run.text,
    ...(run.bold ? { bold: true } : {}),
    ...(run.style === 'heading2' ? { style: STYLE.heading2 } : {}),
  });
}

/**
 * 附件说明: "附件：1.名称" two characters in; later names align under "1." (hanging indent), and a
 * wrapped name returns to the same place. One attachment: "附件：名称". No full stop after a name.
 */
function attachmentNote(D: Docx, titles: readonly string[]): Paragraph[] {
  const left = attachmentNoteIndent();
  return attachmentNoteTexts(titles).map((text, i) => {
    const indent = i === 0 ? { left, hanging: left - TWO_CHARS } : { left };
    return new D.Paragraph({ alignment: D.AlignmentType.JUSTIFIED, indent, text });
  });
}

const NOTE_LABEL = '附件：';

/** Where the 附件说明's names align: two characters and "附件：" in. */
export function attachmentNoteIndent(): number {
  return TWO_CHARS + textWidth(NOTE_LABEL, FONT_SIZE.body);
}

/** The 附件说明's lines: "附件：1.名称", then "2.名称"…; one attachment "附件：名称". */
export function attachmentNoteTexts(titles: readonly string[]): string[] {
  return titles.map((title, i) => {
    const bare = title.replace(/\s*\n\s*/gu, '').replace(/[。．.]+$/u, '');
    const name = titles.length === 1 ? bare : `${i + 1}.${bare}`;
    return i === 0 ? `${NOTE_LABEL}${name}` : name;
  });
}

/** Issuer 右空二字, the date below it two characters further right (see `signatureLayout`). */
function signature(D: Docx, issuer: string, dateText: string): Paragraph[] {
  const layout = signatureLayout(issuer, dateText);
  const line = (text: string, place: LinePlacement) =>
    place.align === 'right'
      ? new D.Paragraph({ alignment: D.AlignmentType.RIGHT, indent: { right: place.right }, text })
      : new D.Paragraph({ alignment: D.AlignmentType.LEFT, indent: { left: place.left }, text });
  return [line(issuer, layout.issuer), line(dateText, layout.date)];
}
