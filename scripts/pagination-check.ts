/**
 * Compares the writer's page estimate (`paginate`) with LibreOffice's layout over many shapes of
 * circular: body length, table length, with and without attachments. Prints one line per shape and
 * exits 1 when a page count differs, the text's end is off by a line or more, or the 版记 is not at
 * the foot of the last, even page. The render test runs the first 20 shapes and the
 * rest of the 80 that need a blank page.
 *
 *   npx tsx scripts/pagination-check.ts [count]      (default 80; needs soffice and poppler, see .ci/render-deps.sh)
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSoffice } from '../src/report/convert-pdf.js';
import { LINE_PITCH } from '../src/report/docx/layout.js';
import { colophonProblem, measurePagination } from '../test/render/pagination.js';
import { paginationVariants } from '../test/render/sample-circular.js';

const soffice = findSoffice();
if (!soffice) {
  console.error('soffice not found: run .ci/render-deps.sh');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'circular-pagination-'));
try {
  const results = await measurePagination(soffice, paginationVariants(Number(process.argv[2] ?? 80)), dir);
  let bad = 0;
  for (const r of results) {
    const problem =
      r.actual.pages !== r.estimate.pages
        ? 'page count differs'
        : Math.abs(r.actual.used - r.estimate.used) >= LINE_PITCH
          ? 'end of text differs'
          : colophonProblem(r);
    if (problem) bad++;
    console.log(
      `${problem ? 'BAD' : 'ok '} ${r.name.padEnd(44)} pages ${r.actual.pages} (estimate ${r.estimate.pages}), ` +
        `last page used ≈${r.actual.used} twips (estimate ${r.estimate.used}); 版记 ${r.estimate.placement}, ` +
        `${r.withColophon.length} pages${problem ? ` — ${problem}` : ''}`,
    );
  }
  console.log(`${results.length - bad} of ${results.length} shapes agree`);
  process.exitCode = bad === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
