import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, SAMPLE } from '../helpers/cli.js';

describe.runIf(existsSync('/dev/full'))('output redirected to a full disk (/dev/full)', () => {
  it.each([
    ['--help', ['--help']],
    ['stats --format json', ['stats', '--quarter', '2022Q4', '--workspace', SAMPLE, '--format', 'json']],
    ['validate', ['validate', '--workspace', SAMPLE]],
  ])('circular %s > /dev/full: one Chinese line on stderr, exit 1', (_, args) => {
    const quoted = args.map((a) => `'${a}'`).join(' ');
    const r = spawnSync('bash', ['-c', `node '${BIN}' ${quoted} >/dev/full`], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).not.toMatch(/ENOSPC: |Error|at |node:/);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('磁盘空间不足')]);
    expect(r.status).toBe(1);
  });
});
