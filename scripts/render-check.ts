/**
 * Renders the long sample circular through LibreOffice and prints what a reader would measure, then
 * writes one PNG a page to look at. For a person checking the layout by eye; the render test asserts.
 *
 *   npx tsx scripts/render-check.ts [out-dir]     (default: <tmp>/circular-render-check)
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convertToPdf } from '../src/report/convert-pdf.js';
import { writeDocx } from '../src/report/write-docx.js';
import { pdfInfo, pdfLayout } from '../test/render/pdf-layout.js';
import { sampleCircular } from '../test/render/sample-circular.js';

const LEFT = 1587 / 20;
const RIGHT = (11906 - 1474) / 20;
const TEXT_BOTTOM = (16838 - 1984) / 20;

const out = resolve(process.argv[2] ?? join(tmpdir(), 'circular-render-check'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Step: write and convert
const docx = join(out, 'sample.docx');
writeFileSync(docx, await writeDocx(sampleCircular({ bodyRepeat: 2, longParagraphs: 6 })));
const pdf = join(out, 'sample.pdf');
const result = await convertToPdf(docx, pdf);
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}

// Step: measure
const info = pdfInfo(pdf);
console.log(`pages ${info.pages}, page ${info.width} × ${info.height} pt`);
const round = (n: number) => Math.round(n * 100) / 100;
for (const page of pdfLayout(pdf)) {
  const body = page.lines.filter((l) => l.yMin < TEXT_BOTTOM);
  const foot = page.lines.find((l) => l.yMin >= TEXT_BOTTOM);
  const gaps = body.slice(1).map((l, i) => round(l.yMin - (body[i]?.yMin ?? 0)));
  const pitch = gaps.length > 0 ? round(Math.min(...gaps)) : 0;
  const number = foot
    ? `${foot.text} x ${round(foot.xMin)}–${round(foot.xMax)} (right gap ${round(RIGHT - foot.xMax)}, left gap ${round(foot.xMin - LEFT)}), y ${round(foot.yMin)}`
    : 'no page number';
  console.log(`page ${page.number}: ${body.length} lines, smallest pitch ${pitch} pt; ${number}`);
  console.log(
    `  first: ${body[0]?.text ?? ''} @x ${round(body[0]?.xMin ?? 0)}; last: ${body.at(-1)?.text ?? ''} yMax ${round(body.at(-1)?.yMax ?? 0)}`,
  );
}

// Step: pictures
execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, 'page')]);
console.log(`PNGs: ${readdirSync(out).filter((f) => f.endsWith('.png')).length} in ${out}`);
