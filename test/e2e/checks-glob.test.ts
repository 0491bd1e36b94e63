/**
 * The `checks` glob the config shows is the one the tool uses: `build --print-config` prints the
 * default as it is applied, and the files a run reads are exactly the files that glob matches.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySample, runCli } from '../helpers/cli.js';

let ws: string;
beforeAll(() => {
  ws = copySample();
  // A results file the clerk saved as CSV: the default reads it.
  writeFileSync(join(ws, 'checks', '补报.csv'), '检查月份,账号名称,平台类型,检查结论\n');
});

describe('the default checks glob', () => {
  it('build --print-config shows the glob that the run then uses, file for file', async () => {
    const printed = runCli(['build', '--print-config', '--workspace', ws]);
    expect(printed.code).toBe(0);
    const { checks } = JSON.parse(printed.stdout) as { checks: string };
    expect(checks).toBe('checks/*.{xlsx,xlsm,csv,xls,et,ods,xlsb}');

    // A quarter without results names the glob used and every file it read.
    const run = runCli(['validate', '--quarter', '2023Q1', '--workspace', ws, '--format', 'json']);
    const empty = (
      JSON.parse(run.stdout) as { diagnostics: { code: string; file: string; message: string }[] }
    ).diagnostics.find((d) => d.code === 'PERIOD_NO_CHECKS');
    expect(empty?.file).toBe(checks);
    const read = /文件：(.*)，其中/.exec(empty?.message ?? '')?.[1]?.split('、') ?? [];
    expect(read).toContain('checks/补报.csv');
    expect(read.sort()).toEqual((await glob(checks, { cwd: ws })).sort());
  });
});
