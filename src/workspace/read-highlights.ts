import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeForbiddenChar,
  findForbiddenChar,
  mayHaveForbiddenChar,
  removeForbiddenChars,
} from '../domain/xml-chars.js';

/**
 * Characters a .docx cannot carry, removed with a warning naming the line (docs/templates.md, “不能写进
 * 通报的字符”): an invisible control character pasted into a text file is no reason to refuse the circular.
 */
function withoutForbiddenChars(text: string, file: string, warnings: string[]): string {
  if (!mayHaveForbiddenChar(text)) return text;
  return text
    .split('\n')
    .map((line, i) => {
      const found = findForbiddenChar(line);
      if (!found) return line;
      warnings.push(`${file} 第${i + 1}行含有${describeForbiddenChar(line, found)}，已删除`);
      return removeForbiddenChars(line);
    })
    .join('\n');
}

/**
 * Reads `highlights/<period>.md`: plain paragraphs separated by blank lines, `**…**` marking the lead
 * sentence. Lines within a paragraph are joined (Chinese text needs no space between them).
 * Returns null when the file does not exist; `warnings` name what was removed.
 */
export function readHighlights(
  workspaceDir: string,
  periodId: string,
): { file: string; paragraphs: string[]; warnings: string[] } | null {
  const file = join('highlights', `${periodId}.md`);
  const path = join(workspaceDir, file);
  if (!existsSync(path)) return null;
  const warnings: string[] = [];
  const text = withoutForbiddenChars(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), file, warnings);
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
  return { file, paragraphs, warnings };
}
