/**
 * The README's two commands in order: a sample build (which writes its .docx into the sample
 * workspace, as any build does), then `npm test`. The tests copy the sample, so what a user left in
 * the folder — the circular, a PDF, Word's lock file — must never reach the copies.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySample, runCli, SAMPLE, tempDir } from '../helpers/cli.js';

const OUT_NAME = '2022年第四季度全市政务新媒体检查情况通报.docx';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith('.git'))
    .sort();
}

/** A git working copy holding the sample as a fresh clone has it. */
function cloneOfSample(): string {
  const dir = join(tempDir(), 'wuxi-2022');
  cpSync(SAMPLE, dir, { recursive: true, filter: (src) => !/\.(docx|pdf)$/.test(src) });
  spawnSync('git', ['init', '-q'], { cwd: dir });
  spawnSync('git', ['add', '.'], { cwd: dir });
  return dir;
}

describe('a sample workspace a user has built in', () => {
  it('is copied for a test with its tracked inputs only', () => {
    const source = cloneOfSample();
    const clean = filesUnder(source);
    const r = runCli(['build', '--quarter', '2022Q4', '--workspace', source]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(source, OUT_NAME))).toBe(true);
    writeFileSync(join(source, '2022年第四季度全市政务新媒体检查情况通报.pdf'), '%PDF-1.7');
    writeFileSync(join(source, `~$${OUT_NAME}`), 'lock');
    writeFileSync(join(source, 'checks', '~$2022年12月全面检查.xlsx'), 'lock');
    writeFileSync(join(source, 'checks', '.~lock.2022年12月全面检查.xlsx#'), 'lock');

    const copy = copySample(source);
    expect(filesUnder(copy)).toEqual(clean);
  });
});
