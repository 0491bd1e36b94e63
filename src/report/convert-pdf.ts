/**
 * PDF export through LibreOffice headless: the one real reader that is free on every platform. Nothing is
 * downloaded; when LibreOffice is missing the caller gets a message saying how to install it.
 */

import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The outcome of a conversion; failures carry a message for the user, in Chinese. */
export type ConvertResult =
  | { ok: true }
  | { ok: false; reason: 'not-installed' | 'failed' | 'interrupted'; message: string };

/** Knobs for tests: where to look for LibreOffice, and how long to wait for it. */
export interface ConvertOptions {
  /** Directories searched for soffice/libreoffice (default: `PATH`, then the usual install folders). */
  searchPath?: string;
  timeoutMs?: number;
  /**
   * Stops the conversion (the CLI aborts it on Ctrl-C): soffice is ended, the private folder and any
   * staging file removed, nothing written at `pdfPath`, and the result is `reason: 'interrupted'`.
   */
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 120_000;

const NOT_INSTALLED =
  '未找到 LibreOffice（soffice），无法导出 PDF；.docx 文件不受影响。' +
  '请安装 LibreOffice 后重试：Debian/Ubuntu 运行 sudo apt-get install libreoffice-writer-nogui，' +
  'Windows 和 macOS 从 https://www.libreoffice.org/download/ 下载安装。';

/** Converts a .docx to PDF at `pdfPath`, replacing it whole or not at all. */
export async function convertToPdf(
  docxPath: string,
  pdfPath: string,
  options: ConvertOptions = {},
): Promise<ConvertResult> {
  const soffice = findSoffice(options.searchPath);
  if (!soffice) return { ok: false, reason: 'not-installed', message: NOT_INSTALLED };
  const work = await mkdtemp(join(tmpdir(), 'circular-pdf-'));
  try {
    // Step: convert into a private folder, with a throwaway LibreOffice profile (no clash with a running one)
    const run = await runSoffice(
      soffice,
      docxPath,
      work,
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      options.signal,
    );
    if (!run.ok) return run;
    const produced = join(work, 'out', `${basename(docxPath, extname(docxPath))}.pdf`);
    if (!(await isPdf(produced))) {
      return failed(`LibreOffice 没有生成 PDF。${run.output ? `输出：${run.output}` : ''}`);
    }
    // Step: copy beside the target, then rename over it (atomic within one folder)
    const staging = join(dirname(pdfPath), `.${basename(pdfPath)}.${process.pid}.tmp`);
    await copyFile(produced, staging);
    if (options.signal?.aborted) {
      await rm(staging, { force: true });
      return INTERRUPTED;
    }
    await rename(staging, pdfPath).catch(async (error: unknown) => {
      await rm(staging, { force: true });
      throw error;
    });
    return { ok: true };
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const INTERRUPTED = { ok: false, reason: 'interrupted', message: '导出 PDF 时被中断，未生成 PDF。' } as const;

function failed(detail: string): ConvertResult {
  return { ok: false, reason: 'failed', message: `LibreOffice 导出 PDF 失败：${detail}` };
}

/** The first soffice/libreoffice executable on the search path, or in the usual install folders. */
export function findSoffice(searchPath: string | undefined = undefined): string | undefined {
  const windows = process.platform === 'win32';
  const names = windows ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const dirs = (searchPath ?? process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  if (searchPath === undefined) dirs.push(...installFolders());
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

function installFolders(): string[] {
  if (process.platform === 'win32') {
    return [process.env.ProgramFiles, process.env['ProgramFiles(x86)']]
      .filter((d): d is string => d !== undefined)
      .map((d) => join(d, 'LibreOffice', 'program'));
  }
  if (process.platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS'];
  return ['/usr/lib/libreoffice/program', '/opt/libreoffice/program'];
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

async function isPdf(path: string): Promise<boolean> {
  try {
    const file = await open(path, 'r');
    try {
      const head = Buffer.alloc(5);
      await file.read(head, 0, 5, 0);
      return head.toString('latin1') === '%PDF-';
    } finally {
      await file.close();
    }
  } catch {
    return false;
  }
}

/** Runs `soffice --headless --convert-to pdf`, killing it (and its children) after the timeout. */
function runSoffice(
  soffice: string,
  docxPath: string,
  work: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<{ ok: true; output: string } | { ok: false; reason: 'failed' | 'interrupted'; message: string }> {
  const profile = pathToFileURL(join(work, 'profile')).href;
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=${profile}`,
    '--convert-to',
    'pdf',
    '--outdir',
    join(work, 'out'),
    docxPath,
  ];
  if (signal?.aborted) return Promise.resolve(INTERRUPTED);
  return new Promise((resolve) => {
    const detached = process.platform !== 'win32';
    const child = spawn(soffice, args, { stdio: ['ignore', 'pipe', 'pipe'], detached, windowsHide: true });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-2000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid, detached);
    }, timeoutMs);
    const interrupt = () => killTree(child.pid, detached);
    signal?.addEventListener('abort', interrupt, { once: true });
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', interrupt);
    };
    child.on('error', (error) => {
      settle();
      resolve({ ok: false, reason: 'failed', message: `LibreOffice 无法启动：${error.message}` });
    });
    child.on('close', (code) => {
      settle();
      if (signal?.aborted) {
        resolve(INTERRUPTED);
      } else if (timedOut) {
        resolve({
          ok: false,
          reason: 'failed',
          message: `LibreOffice 在 ${timeoutMs / 1000} 秒内没有完成转换，已停止。`,
        });
      } else if (code !== 0) {
        resolve({
          ok: false,
          reason: 'failed',
          message: `LibreOffice 导出 PDF 失败（退出码 ${code}）：${output.trim()}`,
        });
      } else {
        resolve({ ok: true, output: output.trim() });
      }
    });
  });
}

/** Ends the soffice we started: its process group on POSIX (soffice forks soffice.bin), the process on Windows. */
function killTree(pid: number | undefined, group: boolean): void {
  if (pid === undefined) return;
  try {
    process.kill(group ? -pid : pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
