/**
 * The .docx writer: a CircularDocument in, GB/T 9704-2012 公文 bytes out (see /work/shared/FORMAT.md for
 * every number). Identical input gives identical bytes.
 */

import type { CircularDocument } from './document-model.js';
import { buildAttachments } from './docx/build-attachments.js';
import { blankLine, buildMainText } from './docx/build-body.js';
import { buildColophon } from './docx/build-colophon.js';
import { buildFooters } from './docx/build-footers.js';
import { LINE_PITCH, PAGE_MARGIN, PAGE_SIZE } from './docx/layout.js';
import { coreXml, normalizeZip } from './docx/reproducible-zip.js';
import { buildStyles, noGridSnapStyles } from './docx/styles.js';

/** Renders the circular as .docx bytes. Loads `docx` on first use, so the CLI's other commands stay fast. */
export async function writeDocx(doc: CircularDocument): Promise<Uint8Array> {
  const D = await import('docx');

  // Step: the blocks in reading order — main text, attachment pages, the 版记 floated to the last page's foot
  const children = [...buildMainText(D, doc), ...buildAttachments(D, doc.attachments)];
  if (doc.colophon) {
    // A paragraph between two tables keeps Word from merging them; the one after anchors the float.
    if (doc.attachments.length > 0) children.push(blankLine(D));
    children.push(buildColophon(D, doc.colophon), blankLine(D));
  }

  // Step: one section on the GB/T 9704 page and line grid; page numbers odd right, even left
  const document = new D.Document({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.creator,
    evenAndOddHeaderAndFooters: true,
    styles: buildStyles(D, doc.fonts),
    sections: [
      {
        properties: {
          page: {
            size: {
              width: PAGE_SIZE.width,
              height: PAGE_SIZE.height,
              orientation: D.PageOrientation.PORTRAIT,
            },
            margin: PAGE_MARGIN,
          },
          grid: { type: D.DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: buildFooters(D),
        children,
      },
    ],
  });

  // Step: pack with fixed core properties, then re-zip with fixed entry times and order, adding the
  // grid-snap exceptions `docx` cannot write
  const core = coreXml({ ...doc.meta, lastModifiedBy: doc.meta.creator });
  const packed = await D.Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: core }]);
  const bytes = new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
  return normalizeZip(bytes, { 'word/styles.xml': noGridSnapStyles });
}
