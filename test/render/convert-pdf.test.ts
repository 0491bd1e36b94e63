import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertToPdf, findSoffice } from '../../src/report/convert-pdf.js';

// Stand-ins for soffice are shell scripts; Windows runs the real one only (render.test.ts).
describe.skipIf(process.platform === 'win32')('convertToPdf', () => {
  let dir: string;
  let bin: string;
  let docx: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'circular-convert-'));
    bin = join(dir, 'bin');
    docx = join(dir, '通报.docx');
    writeFileSync(docx, 'not really a docx');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Puts a fake `soffice` on a private search path and returns that path. */
  function fakeSoffice(script: string): string {
    mkdirSync(bin, { recursive: true });
    const path = join(bin, 'soffice');
    writeFileSync(path, `#!/bin/sh\n${script}\n`);
    chmodSync(path, 0o755);
    return bin;
  }

  it('says how to install LibreOffice when there is no soffice', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    expect(findSoffice(empty)).toBeUndefined();
    const result = await convertToPdf(docx, join(dir, 'out.pdf'), { searchPath: empty });
    expect(result).toMatchObject({ ok: false, reason: 'not-installed' });
    if (!result.ok) {
      expect(result.message).toContain('LibreOffice');
      expect(result.message).toContain('apt-get install libreoffice-writer-nogui');
      expect(result.message).toContain('libreoffice.org');
    }
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('moves the PDF into place and leaves nothing else behind', async () => {
    const searchPath = fakeSoffice(
      [
        'while [ $# -gt 0 ]; do case "$1" in --outdir) shift; out="$1";; *) last="$1";; esac; shift; done',
        'name=$(basename "$last" .docx)',
        'mkdir -p "$out" && printf "%%PDF-1.7 fake" > "$out/$name.pdf"',
      ].join('\n'),
    );
    const target = join(dir, '通报.pdf');
    writeFileSync(target, 'old');
    const result = await convertToPdf(docx, target, { searchPath });
    expect(result).toEqual({ ok: true });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a failing soffice with its output', async () => {
    const searchPath = fakeSoffice('echo "Error: source file could not be loaded" >&2\nexit 3');
    const result = await convertToPdf(docx, join(dir, 'out.pdf'), { searchPath });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    if (!result.ok) expect(result.message).toMatch(/退出码 3.*source file could not be loaded/s);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('reports a run that produced no PDF', async () => {
    const searchPath = fakeSoffice('exit 0');
    const result = await convertToPdf(docx, join(dir, 'out.pdf'), { searchPath });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    if (!result.ok) expect(result.message).toContain('没有生成 PDF');
  });

  it('stops a soffice that hangs after the timeout', async () => {
    const searchPath = fakeSoffice('sleep 30');
    const started = Date.now();
    const result = await convertToPdf(docx, join(dir, 'out.pdf'), { searchPath, timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    if (!result.ok) expect(result.message).toContain('秒内没有完成转换');
  });
});
