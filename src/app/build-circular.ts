/**
 * The `circular build` use case: workbooks → validated → statistics → the circular's .docx bytes, and
 * writing them (with the PDF when asked) whole or not at all.
 */
import { isAbsolute, relative } from 'node:path';
import type { Config } from '../config/schema.js';
import { localDate } from '../domain/calendar-date.js';
import { type Diagnostic, hasErrors } from '../domain/diagnostic.js';
import { defaultOutputName, type Period } from '../domain/period.js';
import type { CircularDocument } from '../report/document-model.js';
import { computeStats } from '../stats/compute-stats.js';
import type { PeriodStats, YearStats } from '../stats/types.js';
import { type LoadHooks, loadWorkspace } from '../workspace/load-workspace.js';
import { outputPaths } from '../workspace/output-path.js';
import { writeFileAtomic } from '../workspace/write-atomic.js';
import { renderCircular } from './render-circular.js';
import { RequestError } from './request-error.js';
import { workspaceFolder } from './workspace-folder.js';

/** What to build. */
export interface BuildCircularOptions {
  /** The workspace folder (default: the current folder); it must hold circular.config.json. */
  workspace?: string;
  period: Period;
  /** 成文日期 `YYYY-MM-DD`; today by default. */
  date?: string;
  /** The rectification deadline `YYYY-MM-DD`, over the config's `rectification`. */
  rectifyBy?: string;
  /**
   * Where to write: a .docx file, or a folder (ending in `/`) for the default name; relative to the
   * current folder. Default: the workspace folder, the file named after the circular's title.
   */
  out?: string;
  /** Whether a PDF is wanted beside the .docx (its path is then checked too). */
  pdf?: boolean;
  hooks?: LoadHooks;
}

/** A file to write: its absolute path and the name the user knows it by. */
export interface OutputFile {
  path: string;
  shown: string;
}

/** The circular built in memory, ready for `writeCircular`. */
export interface RenderedBuild {
  bytes: Uint8Array;
  document: CircularDocument;
  stats: PeriodStats | YearStats;
  /** What the user should know (a missing highlights file, a template's log), in Chinese. */
  warnings: string[];
}

/** What `buildCircular` gives. */
export interface CircularBuild {
  period: Period;
  config: Config;
  diagnostics: Diagnostic[];
  /** Null when the diagnostics hold errors: nothing was rendered, and nothing must be written. */
  circular: RenderedBuild | null;
  /** Where the .docx goes, and the PDF beside it. */
  target: { docx: OutputFile; pdf: OutputFile };
}

/**
 * Builds a period's circular in memory: reads and checks the workspace, decides where the output goes,
 * computes the statistics and renders the document. Writes nothing (see `writeCircular`). Input errors
 * leave `circular` null. Throws `RequestError` for an output path that cannot be used (inside the checks
 * folder…) or a folder that is not a workspace, `ConfigError` and `TemplateError` as their names say.
 */
export async function buildCircular(options: BuildCircularOptions): Promise<CircularBuild> {
  const { period } = options;
  const date = options.date ?? localDate(new Date());
  const hooks = options.hooks ?? {};
  const dir = workspaceFolder(options.workspace);
  // Step 1: read and check every workbook.
  const ws = await loadWorkspace(dir, period, hooks);
  // Step 2: where the output goes (a wrong --out is refused before the data's errors are reported).
  const target = outputPaths({
    workspaceDir: dir,
    out: options.out,
    pdf: Boolean(options.pdf),
    defaultName: defaultOutputName(period, ws.config.wording.scope, ws.websites.accounts.length > 0),
    checks: [ws.config.checks].flat(),
  });
  if ('problem' in target) throw new RequestError(target.problem);
  const absolute = isAbsolute(options.out ?? '');
  const shown = (path: string) => (absolute ? path : relative(process.cwd(), path) || path);
  const base = {
    period,
    config: ws.config,
    diagnostics: ws.diagnostics,
    target: {
      docx: { path: target.docx, shown: shown(target.docx) },
      pdf: { path: target.pdf, shown: relative(process.cwd(), target.pdf) || target.pdf },
    },
  };
  if (hasErrors(ws.diagnostics)) return { ...base, circular: null };
  // Step 3: statistics and the document.
  const started = performance.now();
  const stats = computeStats(
    ws,
    period,
    options.rectifyBy === undefined ? { date } : { date, rectifyBy: options.rectifyBy },
  );
  const rendered = await renderCircular(ws, period, stats, { date });
  hooks.onStage?.('生成文档', performance.now() - started);
  const early = earlyDateWarning(date, period, options.date === undefined);
  const warnings = early ? [early, ...rendered.warnings] : rendered.warnings;
  return { ...base, circular: { ...rendered, stats, warnings } };
}

/**
 * The warning for a 成文日期 before the period's last day, or undefined. NOTE: a warning, not an
 * error: it is most likely a typo (or today, during the quarter), but a circular may be drafted early.
 */
export function earlyDateWarning(date: string, period: Period, today: boolean): string | undefined {
  if (date >= period.end) return undefined;
  const given = today ? '（未指定 --date，按今天计）' : '';
  return `成文日期 ${date} 早于本期结束日 ${period.end}${given}，通报一般在本期结束后印发。通报已照常生成；如日期有误，请用 --date 改正后重新生成`;
}

/** Why the PDF was not made: what happened and what to do (Chinese), and LibreOffice's own text. */
export interface PdfProblem {
  reason: 'not-installed' | 'failed' | 'interrupted';
  /** What happened. */
  summary: string;
  /** What to do; it names the .docx, which was written whole. */
  hint: string;
  /** LibreOffice's output or the system's error (English), for --verbose; '' when none. */
  detail: string;
}

/** What `writeCircular` wrote. */
export interface WrittenCircular {
  /** The .docx, as the user knows it. */
  docx: string;
  /** The PDF, or null when none was asked for or it could not be made. */
  pdf: string | null;
  /** Why the PDF could not be made, or null. Nothing was written at the PDF's path then. */
  pdfProblem: PdfProblem | null;
  /** True when `signal` stopped the PDF: none was written, no temporary file is left. */
  pdfInterrupted: boolean;
}

/**
 * Writes a built circular: the .docx whole or not at all (a failure the user can act on throws
 * `WriteFileError`), then, with `pdf`, the PDF through LibreOffice, also whole or not at all. A PDF
 * that could not be made leaves the .docx in place and is reported in `pdfProblem`; an abort of
 * `signal` (Ctrl-C) stops LibreOffice and leaves no PDF (`pdfInterrupted`).
 */
export async function writeCircular(
  build: CircularBuild & { circular: RenderedBuild },
  options: { pdf?: boolean; signal?: AbortSignal } = {},
): Promise<WrittenCircular> {
  const { docx, pdf } = build.target;
  writeFileAtomic(docx.path, build.circular.bytes, docx.shown);
  const none = { docx: docx.shown, pdf: null, pdfProblem: null, pdfInterrupted: false };
  if (!options.pdf) return none;
  const { convertToPdf } = await import('../report/convert-pdf.js');
  const result = await convertToPdf(docx.path, pdf.path, options.signal ? { signal: options.signal } : {});
  if (result.ok) return { ...none, pdf: pdf.shown };
  const hint =
    result.reason === 'failed'
      ? `通报的 .docx 已生成，不受影响：${docx.shown}。可以用 Word 或 WPS 打开它另存为 PDF；` +
        '或关闭正在运行的 LibreOffice（以及打开着同名 PDF 的程序）后重新运行'
      : `通报的 .docx 已生成：${docx.shown}`;
  const { reason, summary, detail } = result;
  return { ...none, pdfProblem: { reason, summary, hint, detail }, pdfInterrupted: reason === 'interrupted' };
}
