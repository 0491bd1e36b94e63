import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { copySample, runCli, tempDir } from '../helpers/cli.js';

/** Every file of a folder with its SHA-256. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

function build(dir: string, out: string, env: NodeJS.ProcessEnv = {}) {
  const r = runCli(
    ['build', '--quarter', '2022Q4', '--workspace', dir, '--date', '2023-01-09', '--out', out],
    { env },
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return new Uint8Array(readFileSync(out));
}

describe('reproducible builds', () => {
  const dir = copySample();
  const tmp = tempDir();

  it('gives byte-identical .docx files for the same data', () => {
    const a = build(dir, join(tmp, 'a.docx'));
    const b = build(dir, join(tmp, 'b.docx'));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const core = strFromU8(unzipSync(a)['docProps/core.xml']!);
    expect(core).toContain('2023-01-09T00:00:00Z');
    expect(core).toContain('无锡市人民政府办公室');
    expect(core).toContain('市政府办公室关于2022年第四季度全市政务新媒体检查情况的通报');
  });

  it('never changes its inputs', () => {
    const fresh = copySample();
    const before = snapshot(fresh);
    build(fresh, join(tmp, 'inputs.docx'));
    runCli(['validate', '--workspace', fresh]);
    runCli(['stats', '--quarter', '2022Q4', '--workspace', fresh, '--format', 'json']);
    expect(snapshot(fresh)).toEqual(before);
  });

  it('takes the time from SOURCE_DATE_EPOCH when it is set', () => {
    const c = build(dir, join(tmp, 'c.docx'), { SOURCE_DATE_EPOCH: '1673222400' });
    const core = strFromU8(unzipSync(c)['docProps/core.xml']!);
    expect(core).toContain('2023-01-09T00:00:00Z');
    const d = build(dir, join(tmp, 'd.docx'), { SOURCE_DATE_EPOCH: '1700000000' });
    expect(strFromU8(unzipSync(d)['docProps/core.xml']!)).toContain('2023-11-14T22:13:20Z');
  });

  it('replaces an existing output only with a complete new file', () => {
    const out = join(tmp, 'keep.docx');
    build(dir, out);
    const before = readFileSync(out);
    // A broken workspace must leave the earlier circular as it was.
    const broken = copySample();
    writeFileSync(
      join(broken, 'registry.xlsx'),
      readFileSync(join(broken, 'registry.xlsx')).subarray(0, 3000),
    );
    const r = runCli([
      'build',
      '--quarter',
      '2022Q4',
      '--workspace',
      broken,
      '--out',
      out,
      '--date',
      '2023-01-09',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('registry.xlsx');
    expect(existsSync(out)).toBe(true);
    expect(Buffer.compare(readFileSync(out), before)).toBe(0);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
