/**
 * Conventions of the code base that no compiler checks. docs/ is the contract of record: a comment in
 * src, scripts or test cites docs/…, never a note kept outside the repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** The notes kept beside the repository (../shared), which a reader of the repository does not have. */
const OUTSIDE_NOTES = ['DATA', 'FORMAT', 'READING', 'STYLE'].map((name) => `${name}.md`);

/** Every source or script file under a folder of the repository, as a path relative to the root. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|mjs|js|py|sh)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** `file:line: text` for every line of a file that names an outside note. */
function citations(file: string): string[] {
  return readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, i) =>
      OUTSIDE_NOTES.some((n) => line.includes(n)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
    );
}

describe('comments cite docs/, the contract of record', () => {
  it.each(['src', 'scripts', 'test'])('no file under %s/ cites a note outside the repository', (folder) => {
    const files = filesUnder(folder);
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(citations)).toEqual([]);
  });
});
