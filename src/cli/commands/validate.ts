import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILE, loadConfig, parseConfig } from '../../config/load-config.js';
import { type Diagnostic, hasErrors } from '../../domain/diagnostic.js';
import { CITY_LEVEL } from '../../domain/vocabulary.js';
import { resolveDistrict } from '../../validate/check-district.js';
import { WorkbookReadError } from '../../workbook/types.js';
import { loadRegistry, loadWorkspace } from '../../workspace/load-workspace.js';
import { globBase } from '../../workspace/output-path.js';
import { validateFiles } from '../../workspace/validate-files.js';
import {
  type CommonOptions,
  commandContext,
  type PeriodOptions,
  periodOption,
  workspaceDir,
} from '../context.js';
import { EXIT, UsageError } from '../errors.js';
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

/** Refuses `--annotate` where its copy would be read as data: without files, or in a checks folder. */
function checkAnnotate(files: readonly string[], dir: string, checks: readonly string[] | undefined): void {
  if (files.length === 0)
    throw new UsageError(
      '--annotate 需要指定要标注的文件，如 circular validate 宜兴市.xlsx --annotate（标注副本写在该文件旁边）',
    );
  for (const f of files) {
    for (const pattern of checks ?? []) {
      const base = resolve(dir, globBase(pattern));
      if (base !== dir && !relative(base, resolve(f)).startsWith('..')) {
        throw new UsageError(
          `--annotate 不能标注检查结果文件夹里的“${f}”：标注副本会被当作检查结果读取。请把该文件复制到工作区以外的文件夹后再标注`,
        );
      }
    }
  }
}

/** Writes the annotated copy of each file that could be read; returns the copies' names. */
async function annotateFiles(
  named: readonly { path: string; file: string }[],
  kinds: readonly { file: string; kind: string }[],
  diagnostics: readonly Diagnostic[],
): Promise<string[]> {
  const { writeAnnotatedCopy } = await import('../../workspace/write-annotated-copy.js');
  const written: string[] = [];
  for (const { path, file } of named) {
    if (kinds.find((k) => k.file === file)?.kind === 'skipped' || !existsSync(path)) continue;
    try {
      written.push((await writeAnnotatedCopy(path, file, diagnostics)).file);
    } catch (error) {
      // A file the reader cannot open has its diagnostic already; there is nothing to mark up.
      if (!(error instanceof WorkbookReadError)) throw error;
    }
  }
  return written;
}

function report(
  diagnostics: Diagnostic[],
  ctx: ReturnType<typeof commandContext>,
  notes: string[],
  extra: Record<string, unknown>,
) {
  if (ctx.json) {
    out(diagnosticsJson(diagnostics, extra));
    return;
  }
  const lines = formatDiagnostics(diagnostics, ctx.c, ctx.quiet);
  for (const line of lines) out(line);
  if (!ctx.quiet) for (const n of notes) out(ctx.c.dim(n));
  if (!ctx.quiet || hasErrors(diagnostics)) out(summaryLine(diagnostics, ctx.c));
}

/** `circular validate [FILE…]`: without files the whole workspace, else the named files on their own. */
export async function validateCommand(files: string[], options: ValidateOptions): Promise<number> {
  const ctx = commandContext(options);
  if (options.printConfig) return printConfig(options);
  const period = periodOption(options, false);
  const progress = createProgress(ctx);
  // Step 1: the whole workspace.
  if (files.length === 0) {
    if (options.annotate) checkAnnotate(files, '.', undefined);
    const dir = workspaceDir(options.workspace);
    const ws = await loadWorkspace(dir, period, progress.hooks);
    progress.clear();
    const notes = [
      `已检查：${ws.registryFile} 和 ${ws.checkFiles.length} 个检查结果文件${period ? `（含 ${period.id} 的期间规则）` : ''}`,
    ];
    report(ws.diagnostics, ctx, notes, { files: [ws.registryFile, ...ws.checkFiles] });
    progress.report();
    return hasErrors(ws.diagnostics) ? EXIT.inputErrors : EXIT.ok;
  }
  // Step 2: named files, matched against the workspace registry when there is one.
  const dir = resolve(options.workspace ?? '.');
  const hasWorkspace = existsSync(join(dir, CONFIG_FILE));
  if (options.workspace) workspaceDir(options.workspace);
  const config = hasWorkspace ? loadConfig(dir).config : parseConfig({});
  if (options.annotate) checkAnnotate(files, dir, hasWorkspace ? [config.checks].flat() : undefined);
  // NOTE: the registry's own rule (市本级 and 市直 are 市级), not a second list of what is allowed.
  const district = options.district ? resolveDistrict(options.district, config) : undefined;
  if (district === null) {
    throw new UsageError(
      `--district “${options.district}”不在地区列表中。可填写：${[CITY_LEVEL, ...config.districts].join('、')}`,
    );
  }
  const diagnostics: Diagnostic[] = [];
  let registry: { file: string; accounts: Awaited<ReturnType<typeof loadRegistry>> } | undefined;
  const registryPath = isAbsolute(config.registry) ? config.registry : join(dir, config.registry);
  const named = files.map((f) => ({ path: resolve(f), file: f }));
  const namesRegistry = named.some((f) => f.path === registryPath);
  if (hasWorkspace && existsSync(registryPath) && !namesRegistry) {
    const accounts = await loadRegistry(dir, config, diagnostics);
    registry = { file: config.registry, accounts };
  }
  const result = await validateFiles(named, {
    config,
    ...(registry ? { registry } : {}),
    ...(district ? { district } : {}),
    ...(period ? { period } : {}),
  });
  progress.clear();
  const all = [...diagnostics, ...result.diagnostics];
  const notes = [
    registry
      ? `结果已与台账 ${relative(process.cwd(), registryPath) || config.registry} 核对`
      : '未找到工作区台账：只检查了表格本身的规则，没有核对账号是否已备案（用 --workspace 指定工作区可一并核对）',
  ];
  if (district) notes.push(`已检查每一行是否属于 ${district}`);
  const annotated = options.annotate ? await annotateFiles(named, result.files, all) : [];
  report(all, ctx, notes, {
    files: result.files,
    matchedRegistry: result.matchedRegistry,
    ...(options.annotate ? { annotated } : {}),
  });
  if (!ctx.json) for (const a of annotated) out(`${ctx.c.green('已生成标注副本')} ${a}`);
  return hasErrors(all) ? EXIT.inputErrors : EXIT.ok;
}
