import { isAbsolute, relative } from 'node:path';
import { hasErrors } from '../../domain/diagnostic.js';
import { computeStats, defaultOutputName, renderCircular } from '../../index.js';
import { loadWorkspace } from '../../workspace/load-workspace.js';
import { outputPaths } from '../../workspace/output-path.js';
import { writeFileAtomic } from '../../workspace/write-atomic.js';
import {
  type CommonOptions,
  commandContext,
  dateOption,
  type PeriodOptions,
  periodOption,
  workspaceDir,
} from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { printConfig } from '../print-config.js';
import { diagnosticsJson, formatDiagnostics, summaryLine } from '../print-diagnostics.js';
import { createProgress } from '../progress.js';
import { err, out } from '../terminal.js';

/** Options of `circular build`. */
export interface BuildOptions extends CommonOptions, PeriodOptions {
  out?: string;
  date?: string;
  /** `--rectify-by YYYY-MM-DD`: the rectification deadline, over the config's. */
  rectifyBy?: string;
  pdf?: boolean;
}

/** `circular build`: workbooks → validated → statistics → .docx, written atomically. */
export async function buildCommand(options: BuildOptions): Promise<number> {
  const ctx = commandContext(options);
  if (options.printConfig) return printConfig(options);
  const period = periodOption(options)!;
  const date = dateOption(options.date);
  const rectifyBy =
    options.rectifyBy === undefined ? undefined : dateOption(options.rectifyBy, undefined, '--rectify-by');
  const dir = workspaceDir(options.workspace);
  const progress = createProgress(ctx);
  // Step 1: read and check every workbook.
  const ws = await loadWorkspace(dir, period, progress.hooks);
  progress.clear();
  const target = outputPaths({
    workspaceDir: dir,
    out: options.out,
    pdf: Boolean(options.pdf),
    defaultName: defaultOutputName(period, ws.config.wording.scope),
    checks: Array.isArray(ws.config.checks) ? ws.config.checks : [ws.config.checks],
  });
  if ('problem' in target) throw new UsageError(target.problem);
  if (hasErrors(ws.diagnostics)) {
    if (ctx.json) out(diagnosticsJson(ws.diagnostics, { written: null }));
    else {
      for (const line of formatDiagnostics(ws.diagnostics, ctx.cerr)) err(line);
      err(summaryLine(ws.diagnostics, ctx.cerr));
      err(ctx.cerr.red('输入数据有错误，未生成通报。请按提示改正后重新运行。'));
    }
    return EXIT.inputErrors;
  }
  // Step 2: statistics and the document.
  const started = performance.now();
  const stats = computeStats(ws, period, rectifyBy === undefined ? { date } : { date, rectifyBy });
  const { bytes, warnings } = await renderCircular(ws, period, stats, { date });
  progress.stage('生成文档', performance.now() - started);
  // Step 3: write it whole or not at all.
  const shown = isAbsolute(options.out ?? '')
    ? target.docx
    : relative(process.cwd(), target.docx) || target.docx;
  writeFileAtomic(target.docx, bytes, shown);
  let pdf: string | null = null;
  let pdfProblem: string | null = null;
  if (options.pdf) {
    const { convertToPdf } = await import('../../report/convert-pdf.js');
    const result = await convertToPdf(target.docx, target.pdf);
    if (result.ok) pdf = relative(process.cwd(), target.pdf) || target.pdf;
    else pdfProblem = result.message;
  }
  // Step 4: tell the user.
  if (ctx.json) {
    out(diagnosticsJson(ws.diagnostics, { written: shown, pdf, warnings, period: period.id }));
  } else if (!ctx.quiet) {
    for (const line of formatDiagnostics(ws.diagnostics, ctx.cerr)) err(line);
    for (const w of warnings) err(`${ctx.cerr.yellow('警告')}  ${w}`);
    if (ws.diagnostics.length > 0) err(summaryLine(ws.diagnostics, ctx.cerr));
    out(`${ctx.c.green('已生成')} ${shown}`);
    if (pdf) out(`${ctx.c.green('已生成')} ${pdf}`);
  } else {
    // --quiet: the result alone, one path a line, for a script to pick up.
    out(shown);
    if (pdf) out(pdf);
  }
  if (pdfProblem) err(`${ctx.cerr.yellow('未生成 PDF')}：${pdfProblem}`);
  progress.report();
  return EXIT.ok;
}
