import { relative } from 'node:path';
import { type SubmissionValidation, validateSubmission } from '../../app/validate-submission.js';
import { hasErrors } from '../../domain/diagnostic.js';
import {
  type CommandContext,
  type CommonOptions,
  commandContext,
  type PeriodOptions,
  periodOption,
} from '../context.js';
import { EXIT } from '../errors.js';
import { printConfig } from '../print-config.js';
import { diagnosticsJson, formatDiagnostics, summaryLine } from '../print-diagnostics.js';
import { createProgress } from '../progress.js';
import { out } from '../terminal.js';

/** Options of `circular validate`. */
export interface ValidateOptions extends CommonOptions, PeriodOptions {
  district?: string;
  /** `--annotate`: write each named file's marked-up copy beside it. */
  annotate?: boolean;
}

/** What was checked, in the dim lines under the diagnostics. */
function notesOf(result: SubmissionValidation, periodId: string | undefined): string[] {
  if (result.scope === 'workspace') {
    const rules = periodId ? `（含 ${periodId} 的期间规则）` : '';
    return [`已检查：${result.registryFile} 和 ${result.checkFiles.length} 个检查结果文件${rules}`];
  }
  const notes = [
    result.registry
      ? `结果已与台账 ${relative(process.cwd(), result.registry.path) || result.registry.file} 核对`
      : '未找到工作区台账：只检查了表格本身的规则，没有核对账号是否已备案（用 --workspace 指定工作区可一并核对）',
  ];
  if (result.district) notes.push(`已检查每一行是否属于 ${result.district}`);
  return notes;
}

/** The JSON fields next to the diagnostics. */
function jsonFields(result: SubmissionValidation): Record<string, unknown> {
  if (result.scope === 'workspace') return { files: [result.registryFile, ...result.checkFiles] };
  return {
    files: result.files,
    matchedRegistry: result.registry !== null,
    ...(result.annotated ? { annotated: result.annotated } : {}),
  };
}

function report(result: SubmissionValidation, ctx: CommandContext, notes: string[]): void {
  const { diagnostics } = result;
  if (ctx.json) {
    out(diagnosticsJson(diagnostics, jsonFields(result)));
    return;
  }
  for (const line of formatDiagnostics(diagnostics, ctx.c, ctx.quiet)) out(line);
  if (!ctx.quiet) for (const n of notes) out(ctx.c.dim(n));
  if (!ctx.quiet || hasErrors(diagnostics)) out(summaryLine(diagnostics, ctx.c));
  if (result.scope === 'files')
    for (const a of result.annotated ?? []) out(`${ctx.c.green('已生成标注副本')} ${a}`);
}

/** `circular validate [FILE…]`: without files the whole workspace, else the named files on their own. */
export async function validateCommand(files: string[], options: ValidateOptions): Promise<number> {
  const ctx = commandContext(options);
  if (options.printConfig) return printConfig(options);
  const period = periodOption(options, false);
  const progress = createProgress(ctx);
  const result = await validateSubmission({
    files,
    ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
    ...(options.district !== undefined ? { district: options.district } : {}),
    ...(period ? { period } : {}),
    annotate: Boolean(options.annotate),
    hooks: progress.hooks,
  });
  progress.clear();
  report(result, ctx, notesOf(result, period?.id));
  if (result.scope === 'workspace') progress.report();
  return hasErrors(result.diagnostics) ? EXIT.inputErrors : EXIT.ok;
}
