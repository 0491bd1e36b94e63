import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySample, runCli } from '../helpers/cli.js';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;

describe('circular build --pdf', () => {
  it.runIf(hasSoffice || process.env.CI)(
    'writes the PDF beside the .docx',
    () => {
      const dir = copySample();
      const r = runCli(['build', '--quarter', '2022Q4', '--workspace', dir, '--date', '2023-01-09', '--pdf']);
      expect(r.code).toBe(0);
      const pdf = join(dir, '2022年第四季度全市政务新媒体检查情况通报.pdf');
      expect(r.stdout).toContain('.pdf');
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    },
    180_000,
  );
});
