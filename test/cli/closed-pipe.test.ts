import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, SAMPLE } from '../helpers/cli.js';

describe('output into a pipe that closes early', () => {
  it.each([['--help'], ['stats', '--quarter', '2022Q4', '--workspace', SAMPLE, '--format', 'json']])(
    'circular %s | head -1 ends quietly',
    (...args) => {
      const quoted = args.map((a) => `'${a}'`).join(' ');
      const r = spawnSync('bash', ['-c', `set -o pipefail; node '${BIN}' ${quoted} | head -c 1 >/dev/null`], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
      expect(r.status).toBe(0);
    },
  );
});
