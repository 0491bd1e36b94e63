import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Why a file could not be written, from the file system's error code. */
const SITUATIONS: Record<string, { reason: string; hint: string }> = {
  EBUSY: {
    reason: '该文件正被其他程序打开（如 Word、WPS 或看图软件）',
    hint: '请先在 Word/WPS 中关闭该文件后重试',
  },
  EPERM: {
    reason: '该文件正被其他程序打开，或没有写入权限',
    hint: '请先在 Word/WPS 中关闭该文件后重试；如果没有打开，请确认对该文件夹有写入权限，或用 --out 换一个位置',
  },
  EACCES: {
    reason: '没有写入权限',
    hint: '请确认对该文件夹有写入权限（或该文件没有设为只读），或用 --out 写到其他文件夹，如“文档”或桌面',
  },
  EROFS: {
    reason: '该位置是只读的（如光盘、写保护的 U 盘或只读共享文件夹）',
    hint: '请用 --out 写到其他文件夹，如“文档”或桌面',
  },
  ENOSPC: {
    reason: '磁盘空间不足',
    hint: '请清理磁盘空间，或用 --out 写到其他磁盘后重试',
  },
  EDQUOT: {
    reason: '超出了该磁盘分配给您的空间配额',
    hint: '请清理文件，或用 --out 写到其他磁盘后重试',
  },
  ENOTDIR: {
    reason: '路径中有一部分是文件而不是文件夹',
    hint: '请检查 --out 给出的路径，或换一个文件夹',
  },
  EEXIST: {
    reason: '路径中有一部分是文件而不是文件夹',
    hint: '请检查 --out 给出的路径，或换一个文件夹',
  },
  ENAMETOOLONG: {
    reason: '路径或文件名太长',
    hint: '请用 --out 写到路径较短的文件夹',
  },
  EISDIR: {
    reason: '该位置是一个文件夹',
    hint: '请用 --out 给出文件名，或给出以 / 结尾的文件夹',
  },
};

/**
 * A file could not be written because of the user's situation (open in Word, no permission, disk
 * full…): the message names the file in Chinese, the hint says what to do; `code` is the errno code.
 */
export class WriteFileError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
    message: string,
    readonly hint: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'WriteFileError';
  }
}

function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/**
 * The `WriteFileError` for a file-system error while writing `file`, or undefined when the error is
 * not one of the situations a user can act on (then it is a bug and goes on as it is).
 */
export function writeFailure(file: string, error: unknown): WriteFileError | undefined {
  const code = errnoCode(error);
  const situation = code ? SITUATIONS[code] : undefined;
  if (!code || !situation) return undefined;
  const detail = error instanceof Error ? error.message : String(error);
  return new WriteFileError(file, code, `无法写入“${file}”：${situation.reason}`, situation.hint, detail);
}

/** Removes a temporary file; a failure here must not hide the error that made it necessary. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was written there (the folder itself is missing or not a folder).
  }
}

/**
 * Writes a file so that it is either the complete new content or untouched: the bytes go to a
 * temporary file beside it, which is then renamed over the target. A file-system failure the user
 * can act on throws `WriteFileError` naming `file` (the path as the user should see it); the
 * temporary file is removed in every case.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array | string, file = path): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (error) {
    removeQuietly(tmp);
    throw writeFailure(file, error) ?? error;
  }
}
