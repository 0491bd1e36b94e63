/**
 * Writes the annotated copy of one submitted workbook beside it: `宜兴市.xlsx` → `宜兴市.校验结果.xlsx`
 * (docs/workspace.md, “标注副本”). The submitted file is only read; the copy is written whole or not
 * at all, and replaces only an earlier copy of the same name.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Diagnostic } from '../domain/diagnostic.js';
import { annotateWorkbook } from '../excel/annotate-workbook.js';
import { openWorkbook } from '../workbook/index.js';
import { writeFileAtomic } from './write-atomic.js';

/** What the annotated copy's name ends with. */
export const ANNOTATED_SUFFIX = '.校验结果.xlsx';

/** The annotated copy's path: beside the file, its name without extension + `.校验结果.xlsx`. */
export function annotatedPath(path: string): string {
  const name = basename(path);
  const stem = name.slice(0, name.length - extname(name).length) || name;
  return join(dirname(path), `${stem}${ANNOTATED_SUFFIX}`);
}

/**
 * Reads `path` again and writes its annotated copy with the diagnostics that name `file`; returns
 * the copy's path. Throws `WorkbookReadError` when the file cannot be read, `WriteFileError` when the
 * copy cannot be written.
 */
export async function writeAnnotatedCopy(
  path: string,
  file: string,
  diagnostics: readonly Diagnostic[],
): Promise<{ path: string; file: string }> {
  const target = annotatedPath(path);
  const shown = annotatedPath(file);
  // Step 1: the submitted values, read as the checks read them, marked up (exceljs loads only here).
  const source = await openWorkbook(path, { displayName: file });
  const bytes = await annotateWorkbook(
    source,
    diagnostics.filter((d) => d.file === file),
  );
  // Step 2: the copy, whole or not at all.
  writeFileAtomic(target, bytes, shown);
  return { path: target, file: shown };
}
