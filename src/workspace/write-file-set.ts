import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { WriteFileError, writeFailure } from './write-atomic.js';

/** How one file's bytes are written (`writeFileSync` by default); a test passes one that fails midway. */
export type WriteBytes = (path: string, bytes: Uint8Array | string) => void;

/** One file of a set: its path relative to the folder, with `/`, and its content. */
export interface FileToWrite {
  path: string;
  bytes: Uint8Array | string;
}

/** The folders from `dir` down to each of `paths` that do not exist yet, the deepest last. */
function missingFolders(dir: string, paths: readonly string[]): string[] {
  const missing = new Set<string>();
  const visit = (folder: string): void => {
    if (missing.has(folder) || existsSync(folder)) return;
    const parent = dirname(folder);
    if (parent !== folder) visit(parent);
    missing.add(folder);
  };
  for (const path of paths) visit(path === '.' ? dir : join(dir, path));
  return [...missing];
}

/** Removes what the failed attempt made; a failure here must not hide the error that made it necessary. */
function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // Left as it is: nothing more can be done, and the first error is the one to report.
  }
}

/** What a file in the set is: a new one, or one whose old content was moved aside to `backup`. */
interface Placed {
  target: string;
  backup: string | undefined;
  /** The new file has been renamed to `target`. */
  done: boolean;
}

/** Puts every old file back and removes every new one, newest first. */
function undo(placed: readonly Placed[]): void {
  for (const { target, backup, done } of [...placed].reverse()) {
    if (done) quietly(() => rmSync(target, { force: true }));
    if (backup) quietly(() => renameSync(backup, target));
  }
}

/**
 * The error for a set that could not be written: the file system's situation (disk full, no permission…)
 * as a `WriteFileError` saying that nothing was left behind, or the error itself when it is a bug.
 */
function setFailure(dir: string, file: string, error: unknown): unknown {
  const failure = writeFailure(file, error);
  if (!failure) return error;
  const reason = failure.message.replace(/^.*?：/, '');
  const full = failure.code === 'ENOSPC' || failure.code === 'EDQUOT';
  return new WriteFileError(
    file,
    failure.code,
    `无法在“${dir}”中写入“${file}”：${reason}。已撤销本次写入，没有新建或改动任何文件`,
    full
      ? '请清理磁盘空间后重试，或把工作区建在其他磁盘上'
      : '请确认对该文件夹有写入权限、该位置不是文件夹，或把工作区建在其他文件夹中',
    failure.detail,
  );
}

/**
 * Writes `files` into `dir` all or nothing: every file's bytes go first into a hidden staging folder
 * inside `dir` (so a full disk fails there, before any file is in place), then each is renamed into
 * place, an existing file moved aside first. Any failure puts the old files back, removes the new ones,
 * the staging folder and every folder this call made, and throws (`WriteFileError` for the user's
 * situation). NOTE: `folders` are made too and count as part of the set.
 */
export function writeFileSet(
  dir: string,
  files: readonly FileToWrite[],
  folders: readonly string[],
  write: WriteBytes = writeFileSync,
): void {
  const made = missingFolders(dir, ['.', ...folders, ...files.map((f) => dirname(f.path))]);
  const placed: Placed[] = [];
  let staging: string | undefined;
  let current = files[0]?.path ?? '.';
  try {
    mkdirSync(dir, { recursive: true });
    staging = mkdtempSync(join(dir, '.circular-init-'));
    const stage = staging;
    // Step 1: every file's bytes into the staging folder (a full disk stops here).
    files.forEach((f, i) => {
      current = f.path;
      write(join(stage, `new-${i}`), f.bytes);
    });
    // Step 2: the folders, then each file renamed into place, an old file moved aside first.
    for (const folder of folders) mkdirSync(join(dir, folder), { recursive: true });
    files.forEach((f, i) => {
      current = f.path;
      const target = join(dir, f.path);
      mkdirSync(dirname(target), { recursive: true });
      const old =
        existsSync(target) && !lstatSync(target).isDirectory() ? join(stage, `old-${i}`) : undefined;
      if (old) renameSync(target, old);
      const entry: Placed = { target, backup: old, done: false };
      placed.push(entry);
      renameSync(join(stage, `new-${i}`), target);
      entry.done = true;
    });
  } catch (error) {
    undo(placed);
    const stage = staging;
    if (stage) quietly(() => rmSync(stage, { recursive: true, force: true }));
    for (const folder of [...made].reverse()) quietly(() => rmdirSync(folder));
    throw setFailure(dir, current, error);
  }
  const stage = staging;
  quietly(() => rmSync(stage, { recursive: true, force: true }));
}
