/**
 * Where `circular build` writes its .docx (and, with `--pdf`, its PDF): the rules of `--out` in
 * docs/workspace.md (“输出文件”), in one place.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

/** What decides the output paths. */
export interface OutputRequest {
  workspaceDir: string;
  /** `--out` as typed; undefined when not given. */
  out: string | undefined;
  pdf: boolean;
  /** The circular's own file name (`…通报.docx`), used for a folder. */
  defaultName: string;
  /** The config's `checks` patterns: the folders they read from are inputs, never an output's place. */
  checks: readonly string[];
  /** The folder `--out` is relative to; the current one by default. */
  cwd?: string;
}

/** The paths to write, or why `--out` cannot be used (a usage error). */
export type OutputPaths = { docx: string; pdf: string } | { problem: string };

/** A file name's extension as a user means it: a dot and 1–5 Latin letters or digits at the end. */
function extensionOf(path: string): string {
  return /\.([A-Za-z0-9]{1,5})$/.exec(path)?.[1]?.toLowerCase() ?? '';
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** The fixed folder a glob reads from: its segments up to the first with a wildcard. */
export function globBase(pattern: string): string {
  const segments = pattern.replaceAll('\\', '/').split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[\]{}()!]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || '.';
}

function inside(path: string, folder: string): boolean {
  const r = relative(folder, path);
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
}

/** The docx path `--out` names, before the inputs are looked at. */
function docxTarget(request: OutputRequest, cwd: string): string | { problem: string } {
  const { out, defaultName } = request;
  if (out === undefined) return join(request.workspaceDir, defaultName);
  if (out.trim() === '') return { problem: '--out 后面需要一个文件名或文件夹，如 --out 四季度通报.docx' };
  const target = resolve(cwd, out.replace(/[/\\]+$/, ''));
  if (/[/\\]$/.test(out) || isFolder(target)) return join(target, defaultName);
  const extension = extensionOf(out);
  if (extension === 'docx') return target;
  if (extension === 'pdf' && request.pdf) return target.replace(/\.pdf$/i, '.docx');
  if (extension === 'pdf')
    return {
      problem: `--out ${out} 是 PDF 文件名，但通报总是生成 Word 文件（.docx）。要同时生成 PDF，请加 --pdf（PDF 与 .docx 同名、放在一起），或把 --out 改为 .docx 文件名`,
    };
  if (extension === '') return `${target}.docx`;
  return {
    problem: `--out 的文件名应以 .docx 结尾（收到“${out}”）。通报是 Word 文件，WPS 和 Word 都能打开；也可以给一个文件夹，如 --out 输出/`,
  };
}

/**
 * The .docx and PDF paths of a build. `--out` may name a .docx file (an existing one is replaced
 * whole), a name without extension (.docx added), a folder (ending in / or \, or existing; the
 * circular's own name inside it), or with `--pdf` the PDF (the .docx beside it). Anything else, and
 * any place inside a folder the checks are read from, is a problem to show as a usage error.
 */
export function outputPaths(request: OutputRequest): OutputPaths {
  const cwd = request.cwd ?? process.cwd();
  const docx = docxTarget(request, cwd);
  if (typeof docx !== 'string') return docx;
  const pdf = docx.replace(/\.docx$/i, '.pdf');
  for (const pattern of request.checks) {
    const base = resolve(request.workspaceDir, globBase(pattern));
    if (base === resolve(request.workspaceDir)) continue;
    if (inside(docx, base) || (request.pdf && inside(pdf, base))) {
      const shown = relative(request.workspaceDir, base) || base;
      return {
        problem: `不能把通报写进检查结果文件夹 ${shown}：那里的文件都会被当作检查结果读取。请换一个位置，如工作区文件夹或 --out 输出/`,
      };
    }
  }
  return { docx, pdf };
}
