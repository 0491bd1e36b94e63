/**
 * Finding the results workbooks a workspace's `checks` globs name, and saying what was not read and why
 * (docs/workspace.md §1): a missing or unreadable folder, a glob that matches nothing, a broken link, a
 * file in a subfolder or of another kind. The globs themselves are matched by tinyglobby.
 */
import { type Dirent, readdirSync, statSync } from 'node:fs';
import nodePath from 'node:path';
import { glob } from 'tinyglobby';
import type { Diagnostic } from '../domain/diagnostic.js';
import { isOfficeTempFile } from '../workbook/index.js';

/** Stable codes of the diagnostics `findFiles` returns (listed in docs/workspace.md §1). */
export const FIND_FILES_CODES = {
  folderNotFound: 'CHECKS_FOLDER_NOT_FOUND',
  folderUnreadable: 'CHECKS_FOLDER_UNREADABLE',
  noMatch: 'CHECKS_NO_MATCH',
  brokenLink: 'CHECKS_BROKEN_LINK',
  notRead: 'CHECKS_FILE_NOT_READ',
} as const;

/** Extensions of files a user means as spreadsheets (read, or refused with a message). */
const SPREADSHEET = /\.(xlsx|xlsm|xltx|xltm|xls|et|ett|csv|ods|xlsb)$/i;
/** Deepest folder level searched, by the globs and by the report of files not read. */
const MAX_DEPTH = 8;
/** A character that makes a path segment a glob rather than a literal folder name. */
const GLOB_CHARACTER = /[*?[\]{}]/;

/** A pattern split into the literal folder it starts from and the glob below that folder. */
export interface PatternParts {
  /** The literal folder, `/`-separated, as written (`checks`, `D:/数据/checks`, `''` for the workspace). */
  base: string;
  /** The glob below it (`*.xlsx`, `**\/*.csv`). */
  glob: string;
  /** True when `base` is absolute for the platform's paths (`/data`, `D:/数据`, `\\server\share`). */
  absolute: boolean;
}

/**
 * Splits a `checks` pattern into its literal folder and its glob. Backslashes are folder separators
 * (as a Windows user types them); the last segment always belongs to the glob.
 * NOTE: the folder is never glob-matched, so a name such as `检查结果(2022)` or a drive letter is taken
 * as written; `paths` is a parameter so a test can split a Windows path on any machine.
 */
export function splitPattern(pattern: string, paths: nodePath.PlatformPath = nodePath): PatternParts {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const literal: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (GLOB_CHARACTER.test(segment)) break;
    literal.push(segment);
  }
  const rest = segments.slice(literal.length).join('/');
  let base = literal.join('/');
  if (base === '' && literal.length > 0) base = '/';
  base = base.replace(/^(\.\/)+/, '').replace(/^\.$/, '');
  return { base, glob: rest, absolute: base !== '' && paths.isAbsolute(base) };
}

/** One pattern's folder on disk and how files under it are named to the user. */
interface SearchRoot {
  pattern: string;
  parts: PatternParts;
  /** The folder on disk. */
  dir: string;
}

/** Files found, and every reason some were not (folder problems, no match, files left out). */
export interface FoundFiles {
  /** Relative to the workspace with `/` (absolute when the pattern was), sorted, each once. */
  files: string[];
  diagnostics: Diagnostic[];
}

function shownName(root: SearchRoot, relative: string): string {
  return root.parts.base === '' ? relative : `${root.parts.base.replace(/\/$/, '')}/${relative}`;
}

function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The folder's own problem (missing, not a folder, cannot be listed), if any. */
function folderProblem(root: SearchRoot, field: string): Diagnostic | undefined {
  const folder = root.parts.base || '.';
  const at = { severity: 'error' as const, file: folder };
  try {
    if (!statSync(root.dir).isDirectory()) {
      return {
        ...at,
        code: FIND_FILES_CODES.folderUnreadable,
        message: `检查结果的位置“${folder}”不是文件夹（配置 ${field}：“${root.pattern}”）`,
        hint: `请把检查结果放进一个文件夹，并在 ${field} 中写明，如 "checks/*.xlsx"`,
      };
    }
    readdirSync(root.dir);
    return undefined;
  } catch (error) {
    const missing = errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR';
    return missing
      ? {
          ...at,
          code: FIND_FILES_CODES.folderNotFound,
          message: `找不到检查结果文件夹“${folder}”（配置 ${field}：“${root.pattern}”），没有读取任何检查结果`,
          hint: `请在工作区中新建 ${folder} 文件夹并放入检查结果，或在配置文件的 ${field} 字段中改为实际位置`,
        }
      : {
          ...at,
          code: FIND_FILES_CODES.folderUnreadable,
          message: `无法打开检查结果文件夹“${folder}”（${errnoCode(error) ?? '未知原因'}），没有读取任何检查结果`,
          hint: '请检查该文件夹的访问权限（或是否在其他程序中被锁定）后重试',
        };
  }
}

/** Most entries the report of files not read looks at under one folder. */
const MAX_LISTED = 10_000;

/** Every entry under `dir` (real folders followed, at most `MAX_DEPTH` deep), relative with `/`. */
function listTree(dir: string, prefix = '', depth = 0, out: { name: string; entry: Dirent }[] = []) {
  if (depth > MAX_DEPTH || out.length >= MAX_LISTED) return out;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) listTree(nodePath.join(dir, entry.name), `${name}/`, depth + 1, out);
    else out.push({ name, entry });
  }
  return out;
}

function isQuietlySkipped(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return isOfficeTempFile(base) || base.startsWith('.') || /^(thumbs\.db|desktop\.ini)$/i.test(base);
}

function notRegular(file: string, spreadsheet: boolean): Diagnostic {
  return {
    code: FIND_FILES_CODES.notRead,
    severity: spreadsheet ? 'error' : 'warning',
    file,
    message: `“${file}”不是普通文件（是设备或管道），未读取`,
    hint: '请把保存好的表格文件放进文件夹，替换这个项目',
  };
}

/** Why a file under a searched folder was not read, or undefined when it needs no word. */
function notReadReason(root: SearchRoot, name: string, entry: Dirent, field: string): Diagnostic | undefined {
  const file = shownName(root, name);
  const spreadsheet = SPREADSHEET.test(name);
  if (entry.isSymbolicLink()) {
    let target: ReturnType<typeof statSync> | undefined;
    try {
      target = statSync(nodePath.join(root.dir, name));
    } catch {
      return {
        code: FIND_FILES_CODES.brokenLink,
        severity: spreadsheet ? 'error' : 'warning',
        file,
        message: `“${file}”是一个快捷方式（符号链接），但它指向的文件不存在，未能读取`,
        hint: '请把真正的文件放进文件夹（或修复这个链接）后重试',
      };
    }
    if (target.isDirectory()) return undefined;
    if (!target.isFile()) return notRegular(file, spreadsheet);
  } else if (!entry.isFile()) return notRegular(file, spreadsheet);
  if (!spreadsheet) {
    return {
      code: FIND_FILES_CODES.notRead,
      severity: 'warning',
      file,
      message: `“${file}”不是表格文件，未读取`,
      hint: '检查结果请保存为 .xlsx（或 .csv）；其他文件请移出这个文件夹',
    };
  }
  const inSubfolder = name.includes('/');
  return {
    code: FIND_FILES_CODES.notRead,
    severity: 'warning',
    file,
    message: inSubfolder
      ? `“${file}”在子文件夹中，未读取（${field}：“${root.pattern}”只读取“${root.parts.base || '.'}”这一层）`
      : `“${file}”的文件名不符合 ${field}：“${root.pattern}”，未读取`,
    hint: inSubfolder
      ? `如要读取，请把它移到“${root.parts.base || '.'}”中，或把 ${field} 改为 "${shownName(root, '**/*.xlsx')}"`
      : `如要读取，请改文件名或修改配置文件的 ${field} 字段`,
  };
}

/**
 * The files matching any of the patterns (symbolic links followed), relative to the workspace with `/`
 * (absolute when the pattern is), sorted and de-duplicated, with the diagnostics that say what was not
 * read: a folder that is missing or cannot be listed (errors), a pattern that matches nothing, a broken
 * link, and each other file under a searched folder with the reason it was left out. Lock files and
 * hidden files (`.name`) are left out without a word. `field` names the config field in messages.
 */
export async function findFiles(
  workspaceDir: string,
  patterns: readonly string[],
  field = 'checks',
): Promise<FoundFiles> {
  const diagnostics: Diagnostic[] = [];
  const found = new Set<string>();
  const roots: SearchRoot[] = [];
  for (const pattern of patterns) {
    const parts = splitPattern(pattern);
    const root = {
      pattern,
      parts,
      dir: parts.absolute ? parts.base : nodePath.join(workspaceDir, parts.base),
    };
    const problem = folderProblem(root, field);
    if (problem) {
      diagnostics.push(problem);
      continue;
    }
    roots.push(root);
    const matches = await glob(parts.glob, {
      cwd: root.dir,
      caseSensitiveMatch: false,
      followSymbolicLinks: true,
      onlyFiles: true,
      expandDirectories: false,
      deep: MAX_DEPTH,
    });
    const kept = matches.filter((m) => !isQuietlySkipped(m));
    for (const m of kept) found.add(shownName(root, m));
    if (kept.length === 0) {
      diagnostics.push({
        code: FIND_FILES_CODES.noMatch,
        severity: 'warning',
        file: parts.base || '.',
        message: `${field}：“${pattern}”没有匹配到任何文件，没有读取任何检查结果`,
        hint: `请把检查结果表格放进“${parts.base || '.'}”，或修改配置文件的 ${field} 字段`,
      });
    }
  }
  diagnostics.push(...leftOut(roots, found, field));
  return { files: [...found].sort(), diagnostics };
}

/** The files under the searched folders that no pattern matched, each with its reason. */
function leftOut(roots: readonly SearchRoot[], found: ReadonlySet<string>, field: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const root of roots) {
    // NOTE: a pattern over the workspace itself (`*.xlsx`) or a drive's root would make every other
    // file of the folder a "file not read"; only a folder of its own is reported on.
    if (root.parts.base === '' || nodePath.dirname(root.dir) === root.dir) continue;
    for (const { name, entry } of listTree(root.dir)) {
      const file = shownName(root, name);
      if (found.has(file) || reported.has(file) || isQuietlySkipped(name)) continue;
      reported.add(file);
      const reason = notReadReason(root, name, entry, field);
      if (reason) diagnostics.push(reason);
    }
  }
  return diagnostics;
}
