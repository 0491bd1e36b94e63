/**
 * A 成文日期 before the period's end (a typo, or today during the quarter) is most likely a mistake —
 * the circular would report on days that have not happened — but not certainly: `build` warns and
 * still writes the circular. The warning is a warning line on stderr, and an entry of `warnings`
 * inside the one JSON document under --format json.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySample, runCli, tempDir } from '../helpers/cli.js';

const EARLY = '成文日期 2022-12-01 早于本期结束日 2022-12-31';

describe('build --date before the period’s end', () => {
  const dir = copySample();

  it('warns in Chinese on stderr and still writes the circular, exit 0', () => {
    const out = join(tempDir(), 'q.docx');
    const r = runCli(['build', '--quarter', '2022Q4', '--date', '2022-12-01', '--workspace', dir, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`警告\\s+${EARLY}`));
    expect(r.stdout).not.toContain(EARLY);
    expect(existsSync(out)).toBe(true);
  });

  it('puts the warning in the JSON document’s warnings, stdout still one JSON document', () => {
    const out = join(tempDir(), 'q.docx');
    const r = runCli([
      ...['build', '--quarter', '2022Q4', '--date', '2022-12-01', '--workspace', dir, '-o', out],
      ...['--format', 'json'],
    ]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { warnings: string[]; written: string };
    expect(report.warnings.filter((w) => w.startsWith(EARLY))).toHaveLength(1);
    expect(r.stderr).toBe('');
  });

  it('warns for a year too, and not for a date on or after the end', () => {
    const year = runCli([
      ...[
        'build',
        '--year',
        '2022',
        '--date',
        '2022-12-30',
        '--workspace',
        dir,
        '-o',
        join(tempDir(), 'y.docx'),
      ],
    ]);
    expect(year.code, year.stderr).toBe(0);
    expect(year.stderr).toContain('成文日期 2022-12-30 早于本期结束日 2022-12-31');
    for (const date of ['2022-12-31', '2023-01-09']) {
      const r = runCli([
        'build',
        '--quarter',
        '2022Q4',
        '--date',
        date,
        '--workspace',
        dir,
        '-o',
        join(tempDir(), 'q.docx'),
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('早于本期结束日');
    }
  });
});
