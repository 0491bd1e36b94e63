import { Chalk } from 'chalk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import { createProgress, progressLine } from '../../src/cli/progress.js';

const plain = new Chalk({ level: 0 });
const context = (json: boolean): CommandContext => ({
  json,
  quiet: false,
  verbose: false,
  c: plain,
  cerr: plain,
});
const progress = { file: 'checks/2022年10月.xlsx', rows: 12_345, bytesRead: 450, bytesTotal: 1000 };

describe('progressLine', () => {
  it('names the file, the rows read and the share of its bytes', () => {
    expect(progressLine(progress)).toBe('正在读取 checks/2022年10月.xlsx：12,345 行（45%）…');
  });

  it('says 0% for a workbook without sheet bytes', () => {
    expect(progressLine({ ...progress, bytesTotal: 0 })).toContain('（0%）');
  });
});

describe('createProgress', () => {
  const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
    else Reflect.deleteProperty(process.stderr, 'isTTY');
  });

  function onTerminal(ci: string | undefined) {
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    vi.stubEnv('CI', ci);
    return vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  }

  it('draws on a terminal and clears the line afterwards', () => {
    const write = onTerminal(undefined);
    const p = createProgress(context(false));
    p.hooks.onFile?.('registry.xlsx');
    p.hooks.onProgress?.(progress);
    p.clear();
    const written = write.mock.calls.map((call) => String(call[0]));
    expect(written[0]).toContain('正在读取 registry.xlsx');
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it.each([
    ['with --format json', true, undefined],
    ['under CI', false, 'true'],
  ])('stays silent %s, and the reader is not asked to count', (_label, json, ci) => {
    const write = onTerminal(ci);
    const p = createProgress(context(json));
    expect(p.hooks.onProgress).toBeUndefined();
    p.hooks.onFile?.('registry.xlsx');
    p.clear();
    expect(write).not.toHaveBeenCalled();
  });
});
