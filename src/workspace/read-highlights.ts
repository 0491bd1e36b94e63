import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile, TextEncodingError } from '../domain/read-text-file.js';
import { WorkbookReadError } from '../workbook/types.js';

/**
 * Reads `highlights/<period>.md`: plain paragraphs separated by blank lines, `**…**` marking the lead
 * sentence. Lines within a paragraph are joined (Chinese text needs no space between them).
 * Returns null when the file does not exist; a file in neither UTF-8 nor GB18030 throws
 * `WorkbookReadError` naming it.
 */
export function readHighlights(
  workspaceDir: string,
  periodId: string,
): { file: string; paragraphs: string[] } | null {
  const file = join('highlights', `${periodId}.md`);
  const path = join(workspaceDir, file);
  if (!existsSync(path)) return null;
  let text: string;
  try {
    text = readTextFile(path, file);
  } catch (error) {
    if (!(error instanceof TextEncodingError)) throw error;
    throw new WorkbookReadError(file, 'TEXT_ENCODING', error.message, error.hint);
  }
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((p) =>
      p
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .join(''),
    )
    .filter((p) => p.length > 0);
  return { file, paragraphs };
}
