import { buildCircular, writeCircular } from '../../app/build-circular.js';
import {
  type CommonOptions,
  commandContext,
  dateOption,
  type PeriodOptions,
  periodOption,
} from '../context.js';
import { EXIT } from '../errors.js';
import { printConfig } from '../print-config.js';
import { diagnosticsJson, formatDiagnostics, summaryLine } from '../print-diagnostics.js';
import { createProgress } from '../progress.js';
import { err, out, whileInterruptible } from '../terminal.js';

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
  const progress = createProgress(ctx);
  // Step 1: read, check, count and render (nothing is written yet).
  const build = await buildCircular({
    period,
    date,
    pdf: Boolean(options.pdf),
    hooks: progress.hooks,
    ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
    ...(options.out !== undefined ? { out: options.out } : {}),
    ...(rectifyBy !== undefined ? { rectifyBy } : {}),
  });
  progress.clear();
  const { diagnostics, circular } = build;
  if (circular === null) {
    if (ctx.json) out(diagnosticsJson(diagnostics, { written: null }));
    else {
      for (const line of formatDiagnostics(diagnostics, ctx.cerr)) err(line);
      err(summaryLine(diagnostics, ctx.cerr));
      err(ctx.cerr.red('输入数据有错误，未生成通报。请按提示改正后重新运行。'));
    }
    return EXIT.inputErrors;
  }
  // Step 2: write it whole or not at all (Ctrl-C during the PDF leaves no PDF and no temporary files).
  const { value: written, interrupted } = await whileInterruptible((signal) =>
    writeCircular({ ...build, circular }, { pdf: Boolean(options.pdf), signal }),
  );
  if (interrupted && written.pdfInterrupted) {
    err(`${ctx.cerr.red('已中断')}：未生成 PDF；通报 ${written.docx} 已完整生成。`);
    return interrupted;
  }
  const { warnings } = circular;
  // Step 3: tell the user.
  if (ctx.json) {
    out(
      diagnosticsJson(diagnostics, { written: written.docx, pdf: written.pdf, warnings, period: period.id }),
    );
  } else if (!ctx.quiet) {
    for (const line of formatDiagnostics(diagnostics, ctx.cerr)) err(line);
    for (const w of warnings) err(`${ctx.cerr.yellow('警告')}  ${w}`);
    if (diagnostics.length > 0) err(summaryLine(diagnostics, ctx.cerr));
    out(`${ctx.c.green('已生成')} ${written.docx}`);
    if (written.pdf) out(`${ctx.c.green('已生成')} ${written.pdf}`);
  } else {
    // --quiet: the result alone, one path a line, for a script to pick up.
    out(written.docx);
    if (written.pdf) out(written.pdf);
  }
  if (written.pdfProblem) err(`${ctx.cerr.yellow('未生成 PDF')}：${written.pdfProblem}`);
  progress.report();
  return EXIT.ok;
}
