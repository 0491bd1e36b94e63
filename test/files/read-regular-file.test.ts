/**
 * Only regular files are read, within the limits: a device such as /dev/zero would grow without bound,
 * a FIFO would hang for ever (docs/workspace.md §4).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegularFileError, readRegularFile, readRegularFileSync } from '../../src/files/read-regular-file.js';
import { openWorkbook } from '../../src/workbook/open-workbook.js';
import { WorkbookReadError } from '../../src/workbook/types.js';
import { tempDir } from '../helpers/cli.js';

const dir = tempDir();
const fifo = join(dir, '管道.xlsx');
spawnSync('mkfifo', [fifo]);
const zeroLink = join(dir, '零.csv');
symlinkSync('/dev/zero', zeroLink);
const text = join(dir, 'a.txt');
writeFileSync(text, 'abcdef');
mkdirSync(join(dir, 'folder'));

async function problemOf(read: () => unknown): Promise<string> {
  try {
    await read();
  } catch (error) {
    if (error instanceof RegularFileError) return error.problem;
    throw error;
  }
  return 'read';
}

describe('readRegularFile', () => {
  it.each([
    ['/dev/zero', 'not-a-file'],
    ['a symbolic link to /dev/zero', 'not-a-file'],
    ['a FIFO', 'not-a-file'],
    ['a folder', 'not-a-file'],
    ['a missing file', 'not-found'],
    ['a file past the limit', 'too-large'],
    ['a file within the limit', 'read'],
  ])('%s → %s, sync and async, without hanging', { timeout: 5000 }, async (what, expected) => {
    const path = {
      '/dev/zero': '/dev/zero',
      'a symbolic link to /dev/zero': zeroLink,
      'a FIFO': fifo,
      'a folder': join(dir, 'folder'),
      'a missing file': join(dir, 'none'),
      'a file past the limit': text,
      'a file within the limit': text,
    }[what]!;
    const limit = what === 'a file past the limit' ? 5 : 6;
    expect(await problemOf(() => readRegularFileSync(path, limit))).toBe(expected);
    expect(await problemOf(() => readRegularFile(path, limit))).toBe(expected);
  });

  it('returns the bytes of a regular file', async () => {
    expect(readRegularFileSync(text, 100).toString()).toBe('abcdef');
    expect((await readRegularFile(text, 100)).toString()).toBe('abcdef');
  });
});

describe('openWorkbook of what is not a regular file', () => {
  it.each([['/dev/zero'], [zeroLink], [fifo]])(
    '%s is WORKBOOK_NOT_A_FILE',
    { timeout: 5000 },
    async (path) => {
      const error = await openWorkbook(path, { displayName: '台账.xlsx' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookReadError);
      expect(error).toMatchObject({ code: 'WORKBOOK_NOT_A_FILE', file: '台账.xlsx' });
      expect((error as WorkbookReadError).message).toBe(
        '无法读取“台账.xlsx”：这不是普通文件（是文件夹、设备或管道），不能作为表格读取',
      );
    },
  );
});
