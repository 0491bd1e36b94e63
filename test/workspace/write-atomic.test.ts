/**
 * A failed write is the user's situation, not a bug: a Chinese message saying what to do, and nothing
 * half-written — the temporary file is gone and an existing file keeps its content.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WriteFileError, writeFileAtomic } from '../../src/workspace/write-atomic.js';
import { tempDir } from '../helpers/cli.js';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync), writeFileSync: vi.fn(actual.writeFileSync) };
});

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

afterEach(() => {
  vi.mocked(fs.renameSync).mockRestore();
  vi.mocked(fs.writeFileSync).mockRestore();
});

describe('writeFileAtomic', () => {
  it('replaces a file whole', () => {
    const dir = tempDir();
    const path = join(dir, '通报.docx');
    fs.writeFileSync(path, 'old');
    writeFileAtomic(path, 'new');
    expect(fs.readFileSync(path, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['通报.docx']);
  });

  it.each([
    ['EBUSY', 'rename', /正被其他程序打开.*请先在 Word\/WPS 中关闭该文件后重试/s],
    ['EPERM', 'rename', /请先在 Word\/WPS 中关闭该文件.*写入权限/s],
    ['EACCES', 'write', /没有写入权限.*--out/s],
    ['ENOSPC', 'write', /磁盘空间不足/],
    ['EROFS', 'write', /只读/],
  ])('turns %s on %s into a message saying what to do, and leaves nothing behind', (code, step, message) => {
    const dir = tempDir();
    const path = join(dir, '通报.docx');
    fs.writeFileSync(path, 'old');
    const fail = () => {
      throw errno(code);
    };
    if (step === 'rename') vi.mocked(fs.renameSync).mockImplementationOnce(fail);
    else
      vi.mocked(fs.writeFileSync).mockImplementationOnce((file, data) => {
        // A write that dies half-way: some bytes are on disk when the error comes.
        fs.appendFileSync(file, String(data).slice(0, 1));
        fail();
      });
    let thrown: unknown;
    try {
      writeFileAtomic(path, 'new', '输出/通报.docx');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WriteFileError);
    const e = thrown as WriteFileError;
    expect(e.code).toBe(code);
    expect(e.message).toContain('“输出/通报.docx”');
    expect(`${e.message}\n${e.hint}`).toMatch(message);
    expect(fs.readdirSync(dir)).toEqual(['通报.docx']);
    expect(fs.readFileSync(path, 'utf8')).toBe('old');
  });

  it('names a folder it cannot create', () => {
    const dir = tempDir();
    fs.writeFileSync(join(dir, '输出'), 'a file, not a folder');
    expect(() => writeFileAtomic(join(dir, '输出', '通报.docx'), 'x', '输出/通报.docx')).toThrowError(
      WriteFileError,
    );
  });

  it('lets an error that is no file-system situation through unchanged', () => {
    const dir = tempDir();
    vi.mocked(fs.renameSync).mockImplementationOnce(() => {
      throw new TypeError('a bug');
    });
    expect(() => writeFileAtomic(join(dir, 'x.docx'), 'x')).toThrowError(TypeError);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
