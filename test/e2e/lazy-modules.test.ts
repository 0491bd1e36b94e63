/**
 * `circular --help` and `validate` start fast because they never load the heavy packages: docx is
 * imported by `build` alone (and exceljs by nobody on the reading path). The packages a run loads are
 * recorded by a resolve hook (scripts/bench/trace-modules.mjs, which the bench uses too).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, SAMPLE, tempDir } from '../helpers/cli.js';

const TRACE = pathToFileURL(join(ROOT, 'scripts', 'bench', 'trace-modules.mjs')).href;

/** The npm packages a run of the built CLI loads. */
function packagesLoaded(args: readonly string[]): string[] {
  const file = join(tempDir(), 'modules.txt');
  const run = spawnSync(process.execPath, ['--import', TRACE, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, CIRCULAR_TRACE_MODULES: file, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).not.toBe(3);
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n') : [];
}

describe('heavy packages load late', () => {
  it('--help loads the command line only', () => {
    const loaded = packagesLoaded(['--help']);
    expect(loaded).toContain('commander');
    for (const heavy of ['docx', 'exceljs', 'handlebars', 'zod']) expect(loaded).not.toContain(heavy);
  });

  it('validate of one results workbook loads neither docx nor exceljs nor handlebars', () => {
    const loaded = packagesLoaded([
      'validate',
      join(SAMPLE, 'checks', '2022年12月全面检查.xlsx'),
      '--workspace',
      SAMPLE,
    ]);
    expect(loaded).toContain('zod');
    for (const heavy of ['docx', 'exceljs', 'handlebars']) expect(loaded).not.toContain(heavy);
  });

  it('stats loads neither docx nor handlebars', () => {
    const loaded = packagesLoaded([
      'stats',
      '--quarter',
      '2022Q4',
      '--workspace',
      SAMPLE,
      '--format',
      'json',
    ]);
    for (const heavy of ['docx', 'exceljs', 'handlebars']) expect(loaded).not.toContain(heavy);
  });

  it('build loads docx (the hook does see it)', () => {
    const out = join(tempDir(), 'circular.docx');
    const loaded = packagesLoaded([
      'build',
      '--quarter',
      '2022Q4',
      '--workspace',
      SAMPLE,
      '-o',
      out,
      '--date',
      '2023-01-09',
    ]);
    expect(loaded).toContain('docx');
  });
});
