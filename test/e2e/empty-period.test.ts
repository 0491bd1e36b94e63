/**
 * A period without a single check result: the circular would say 开展了检查 and 未开展检查 at once.
 * A clerk who typed the wrong quarter, or forgot to put the files in checks/, is told so instead:
 * exit 1, a diagnostic naming the period and the files that were read, and no document.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySample, runCli } from '../helpers/cli.js';

let ws: string;
beforeAll(() => {
  ws = copySample();
});

describe('a period with no check results', () => {
  it('is not built: exit 1, the period and the files read are named, nothing written', () => {
    const before = readdirSync(ws).sort();
    const r = runCli(['build', '--quarter', '2023Q1', '--workspace', ws]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PERIOD_NO_CHECKS');
    expect(r.stderr).toContain('2023年第一季度');
    expect(r.stderr).toContain('checks/2022年12月全面检查.xlsx');
    expect(readdirSync(ws).sort()).toEqual(before);
    expect(existsSync(join(ws, '2023年第一季度全市政务新媒体检查情况通报.docx'))).toBe(false);
  });

  it('is an error in validate --quarter and stats too, as JSON with the files', () => {
    const v = runCli(['validate', '--quarter', '2023Q1', '--workspace', ws, '--format', 'json']);
    expect(v.code).toBe(1);
    const d = (
      JSON.parse(v.stdout) as { diagnostics: { code: string; severity: string; message: string }[] }
    ).diagnostics.find((x) => x.code === 'PERIOD_NO_CHECKS');
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain('2023年第一季度');
    expect(runCli(['stats', '--year', '2021', '--workspace', ws]).stderr).toContain('2021年度');
  });

  it('leaves a period with data alone', () => {
    const r = runCli(['validate', '--quarter', '2022Q4', '--workspace', ws, '--format', 'json']);
    expect(r.stdout).not.toContain('PERIOD_NO_CHECKS');
  });
});
