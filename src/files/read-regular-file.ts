/**
 * Reading a file the user named, safely: only a regular file (after following symbolic links), and
 * never more than a limit. `/dev/zero` would otherwise grow without bound and a FIFO (named pipe) would
 * hang for ever; every file the tool reads — registry, results, config, highlights, templates — goes
 * through here.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Why a file was not read. */
export type RegularFileProblem = 'not-found' | 'not-a-file' | 'too-large' | 'unreadable';

const REASONS: Record<RegularFileProblem, string> = {
  'not-found': '找不到该文件',
  'not-a-file': '这不是普通文件（是文件夹、设备或管道）',
  'too-large': '文件过大',
  unreadable: '无法打开该文件（可能正被其他程序占用，或没有读取权限）',
};

/**
 * Thrown by `readRegularFile`: the message is Chinese and names the file as the caller shows it;
 * `detail` is English and technical (the errno message), for `--verbose`.
 */
export class RegularFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: RegularFileProblem,
    readonly detail: string,
  ) {
    super(`无法读取“${file}”：${REASONS[problem]}`);
    this.name = 'RegularFileError';
  }

  /** The reason alone, for a caller that words the sentence itself. */
  get reason(): string {
    return REASONS[this.problem];
  }
}

/** Largest text file (config, highlights, template) read, in bytes. */
export const MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024;

// NOTE: O_NONBLOCK lets the open of a FIFO without a writer return at once, so the fstat below can
// refuse it; Windows has no such flag (and no FIFOs a user could name).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function errnoOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function openFailure(path: string, error: unknown): RegularFileError {
  const code = errnoOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new RegularFileError(path, 'not-found', detail);
  if (code === 'EISDIR') return new RegularFileError(path, 'not-a-file', detail);
  return new RegularFileError(path, 'unreadable', detail);
}

function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

function checkStats(
  path: string,
  stats: { isFile(): boolean; size: number } & Parameters<typeof kindOf>[0],
  maxBytes: number,
): void {
  if (!stats.isFile()) throw new RegularFileError(path, 'not-a-file', `${kindOf(stats)}, not a regular file`);
  if (stats.size > maxBytes) {
    throw new RegularFileError(path, 'too-large', `the file has ${stats.size} bytes (limit ${maxBytes})`);
  }
}

function tooLarge(path: string, maxBytes: number): RegularFileError {
  return new RegularFileError(path, 'too-large', `the file grew past the limit of ${maxBytes} bytes`);
}

/**
 * Reads a regular file whole, refusing anything else and anything past `maxBytes` (checked before
 * reading and again while reading, as the file may grow). Throws `RegularFileError` naming `file`.
 */
export function readRegularFileSync(path: string, maxBytes: number, file = path): Buffer {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw openFailure(file, error);
  }
  try {
    checkStats(file, fstatSync(fd), maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(file, maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof RegularFileError) throw error;
    throw openFailure(file, error);
  } finally {
    closeSync(fd);
  }
}

/** `readRegularFileSync` without blocking the event loop. */
export async function readRegularFile(path: string, maxBytes: number, file = path): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    throw openFailure(file, error);
  }
  try {
    const stats = await handle.stat();
    checkStats(file, stats, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // The size from fstat, plus one byte to see the end (or a file that grew since).
      const chunk = Buffer.allocUnsafe(Math.max(Math.min(stats.size - total, maxBytes) + 1, 64 * 1024));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(file, maxBytes);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof RegularFileError) throw error;
    throw openFailure(file, error);
  } finally {
    await handle.close();
  }
}
