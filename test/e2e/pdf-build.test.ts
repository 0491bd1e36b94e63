import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copySample, runCli, tempDir } from '../helpers/cli.js';

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

  it.runIf(hasSoffice || process.env.CI)(
    'ends a circular with a 版记 from the config on an even page, 抄送 and 印发 at its foot',
    () => {
      const dir = copySample();
      const configPath = join(dir, 'circular.config.json');
      const config = JSON.parse(readFileSync(configPath, 'utf8'));
      config.colophon = { cc: '市委办公室，市人大常委会办公室，市政协办公室', printDate: '2023-01-10' };
      writeFileSync(configPath, JSON.stringify(config));
      const r = runCli(['build', '--quarter', '2022Q4', '--workspace', dir, '--date', '2023-01-09', '--pdf']);
      expect(r.code, r.stderr).toBe(0);
      const pdf = join(dir, '2022年第四季度全市政务新媒体检查情况通报.pdf');
      const pages = Number(
        /^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1],
      );
      expect(pages % 2).toBe(0);
      const lastPage = spawnSync(
        'pdftotext',
        ['-f', String(pages), '-l', String(pages), '-layout', pdf, '-'],
        {
          encoding: 'utf8',
        },
      ).stdout;
      const lines = lastPage
        .split('\n')
        .map((l) => l.replace(/\s+/g, ''))
        .filter((l) => l !== '');
      // The 版记's two lines end the page's text, above its page number; the printer defaults to the issuer.
      expect(lines.at(-3)).toBe('抄送：市委办公室，市人大常委会办公室，市政协办公室。');
      expect(lines.at(-2)).toBe('无锡市人民政府办公室2023年1月10日印发');
      expect(lines.at(-1)).toBe(`—${pages}—`);
    },
    180_000,
  );
});

// The stand-in soffice is a shell script; Windows has no SIGINT to send a child.
describe.skipIf(process.platform === 'win32')('Ctrl-C during circular build --pdf', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s: soffice ended, no temporary folder, no PDF, exit %i',
    async (signal, exitCode) => {
      const dir = copySample();
      const bin = tempDir('circular-fake-soffice-');
      const tmp = tempDir('circular-tmp-');
      const pidFile = join(bin, 'soffice.pid');
      writeFileSync(join(bin, 'soffice'), `#!/bin/sh\necho $$ > '${pidFile}'\nsleep 60\n`);
      chmodSync(join(bin, 'soffice'), 0o755);
      const child = spawn(
        process.execPath,
        [BIN, 'build', '--quarter', '2022Q4', '--workspace', dir, '--date', '2023-01-09', '--pdf'],
        {
          env: { ...process.env, NO_COLOR: '1', PATH: `${bin}${delimiter}${process.env.PATH}`, TMPDIR: tmp },
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
      });
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      for (let i = 0; i < 600 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 50));
      expect(existsSync(pidFile), stderr).toBe(true);
      // soffice has started: the private folder exists now.
      expect(readdirSync(tmp).filter((f) => f.startsWith('circular-pdf-'))).toHaveLength(1);
      child.kill(signal);
      expect(await exited).toBe(exitCode);
      expect(readdirSync(tmp)).toEqual([]);
      const pdfs = readdirSync(dir).filter((f) => f.includes('.pdf'));
      expect(pdfs).toEqual([]);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(stderr).toContain('已中断');
      expect(stderr).not.toMatch(/Error|at /);
      const soffice = Number(readFileSync(pidFile, 'utf8'));
      expect(() => process.kill(soffice, 0)).toThrow();
    },
    60_000,
  );
});
