import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_TEXT_FILE_BYTES, readRegularFileSync } from '../workbook/read-regular-file.js';

/**
 * Reads `highlights/<period>.md`: plain paragraphs separated by blank lines, `**…**` marking the lead
 * sentence. Lines within a paragraph are joined (Chinese text needs no space between them).
 * Returns null when the file does not exist; throws RegularFileError when it is not a regular file.
 */
export function readHighlights(
  workspaceDir: string,
  periodId: string,
): { file: string; paragraphs: string[] } | null {
  const file = join('highlights', `${periodId}.md`);
  const path = join(workspaceDir, file);
  if (!existsSync(path)) return null;
  const text = readRegularFileSync(path, MAX_TEXT_FILE_BYTES, file)
    .toString('utf8')
    .replace(/^\ufeff/, '');
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
