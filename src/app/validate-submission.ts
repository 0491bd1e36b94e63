/**
 * The `circular validate` use case: the whole workspace, or the files a district hands in, checked on
 * their own and matched against the workspace registry when there is one (docs/workspace.md).
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILE, loadConfig, parseConfig } from '../config/load-config.js';
import type { Config } from '../config/schema.js';
import { closestMatch } from '../domain/closest.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import type { Period } from '../domain/period.js';
import { CITY_LEVEL } from '../domain/vocabulary.js';
import { resolveDistrict } from '../validate/check-district.js';
import { WorkbookReadError } from '../workbook/types.js';
import { type LoadHooks, loadRegistries, loadWorkspace } from '../workspace/load-workspace.js';
import { globBase } from '../workspace/output-path.js';
import {
  type ValidateFilesOptions,
  type ValidateFilesResult,
  validateFiles,
} from '../workspace/validate-files.js';
import { RequestError } from './request-error.js';
import { workspaceFolder } from './workspace-folder.js';

/** What to validate. */
export interface ValidateSubmissionOptions {
  /**
   * The workspace folder (default: the current folder). Without `files` it is read whole and must be
   * a workspace; with files its registry, when it has one, is what result rows are matched against.
   */
  workspace?: string;
  /** The files to check on their own, as the user names them (relative to the current folder). */
  files?: readonly string[];
  /** Every row must belong to this district (`宜兴市`; `市本级` and `市直` are `市级`, as in the registry). */
  district?: string;
  /** Also the rules of this period (missed checks, dormant accounts…). */
  period?: Period;
  /** Write each named file's annotated copy beside it (`宜兴市.校验结果.xlsx`). */
  annotate?: boolean;
  hooks?: LoadHooks;
}

/** The outcome of validating the whole workspace. */
export interface WorkspaceValidation {
  scope: 'workspace';
  diagnostics: Diagnostic[];
  registryFile: string;
  checkFiles: string[];
}

/** The outcome of validating named files. */
export interface FilesValidation {
  scope: 'files';
  diagnostics: Diagnostic[];
  /** Each file and what it was read as. */
  files: ValidateFilesResult['files'];
  /** The registry the rows were matched against (its absolute path and its name in the config), or null. */
  registry: { path: string; file: string } | null;
  /** The district every row was checked against, canonical (`市级` for `市本级`), or null. */
  district: string | null;
  /** The annotated copies written (as the user names them); null when none were asked for. */
  annotated: string[] | null;
}

/** What `validateSubmission` found. */
export type SubmissionValidation = WorkspaceValidation | FilesValidation;

/**
 * Validates a submission: without `files`, the whole workspace (registry, every results workbook and,
 * with a period, the period's rules); with files, those files on their own. Problems in the data are
 * diagnostics, never exceptions. A request that cannot be carried out (an unknown district, a district
 * or `annotate` without files, a copy that would land in the checks folder) throws `RequestError`.
 */
export async function validateSubmission(
  options: ValidateSubmissionOptions = {},
): Promise<SubmissionValidation> {
  const files = options.files ?? [];
  if (files.length === 0) return validateWorkspace(options);
  return validateNamedFiles(files, options);
}

async function validateWorkspace(options: ValidateSubmissionOptions): Promise<WorkspaceValidation> {
  if (options.annotate)
    throw new RequestError(
      '--annotate 需要指定要标注的文件，如 circular validate 宜兴市.xlsx --annotate（标注副本写在该文件旁边）',
    );
  const dir = workspaceFolder(options.workspace);
  // NOTE: a district names the rows of one district's own sheet; the workspace holds every district's.
  if (options.district !== undefined) {
    const district = districtOf(options.district, loadConfig(dir).config);
    throw new RequestError(
      `--district 用于检查指定的文件，不带文件时不起作用。请写明本地区的表格，如 circular validate ${district}.xlsx --district ${district}；` +
        '检查整个工作区时不要加 --district',
    );
  }
  const ws = await loadWorkspace(dir, options.period, options.hooks);
  return {
    scope: 'workspace',
    diagnostics: ws.diagnostics,
    registryFile: ws.registryFile,
    checkFiles: ws.checkFiles,
  };
}

async function validateNamedFiles(
  files: readonly string[],
  options: ValidateSubmissionOptions,
): Promise<FilesValidation> {
  // Step 1: the workspace, when there is one; else the default config.
  if (options.workspace !== undefined) workspaceFolder(options.workspace);
  const dir = resolve(options.workspace ?? '.');
  const hasWorkspace = existsSync(join(dir, CONFIG_FILE));
  const config = hasWorkspace ? loadConfig(dir).config : parseConfig({});
  if (options.annotate) refuseCopiesInChecks(files, dir, hasWorkspace ? [config.checks].flat() : []);
  const district = options.district === undefined ? null : districtOf(options.district, config);
  // Step 2: the workspace registry, unless it is one of the files named.
  const diagnostics: Diagnostic[] = [];
  const registryPath = isAbsolute(config.registry) ? config.registry : join(dir, config.registry);
  const named = files.map((f) => ({ path: resolve(f), file: f }));
  let registry: ValidateFilesOptions['registry'];
  if (hasWorkspace && existsSync(registryPath) && !named.some((f) => f.path === registryPath)) {
    const { accounts, websites } = await loadRegistries(dir, config, diagnostics);
    registry = { file: config.registry, accounts, websites };
  }
  // Step 3: the files, and their annotated copies.
  const result = await validateFiles(named, {
    config,
    ...(registry ? { registry } : {}),
    ...(district ? { district } : {}),
    ...(options.period ? { period: options.period } : {}),
  });
  const all = [...diagnostics, ...result.diagnostics];
  const annotated = options.annotate ? await annotateFiles(named, result.files, all) : null;
  return {
    scope: 'files',
    diagnostics: all,
    files: result.files,
    registry: registry ? { path: registryPath, file: config.registry } : null,
    district,
    annotated,
  };
}

/**
 * The canonical spelling of a district (`市本级` → `市级`). NOTE: the registry's own rule, not a second
 * list of what is allowed. An unknown one is a `RequestError` naming the nearest known district.
 */
function districtOf(text: string, config: Pick<Config, 'districts'>): string {
  const district = resolveDistrict(text, config);
  if (district !== null) return district;
  const known = [CITY_LEVEL, ...config.districts];
  const near = closestMatch(text.trim(), known);
  throw new RequestError(
    `--district “${text}”不在地区列表中${near ? `（是否想输入 ${near}？）` : ''}。可填写：${known.join('、')}`,
  );
}

/** Refuses an annotated copy that would be read as data: one of a file inside a checks folder. */
function refuseCopiesInChecks(files: readonly string[], dir: string, checks: readonly string[]): void {
  for (const f of files) {
    for (const pattern of checks) {
      const base = resolve(dir, globBase(pattern));
      if (base !== dir && !relative(base, resolve(f)).startsWith('..')) {
        throw new RequestError(
          `--annotate 不能标注检查结果文件夹里的“${f}”：标注副本会被当作检查结果读取。请把该文件复制到工作区以外的文件夹后再标注`,
        );
      }
    }
  }
}

/** Writes the annotated copy of each file that could be read; returns the copies' names. */
async function annotateFiles(
  named: readonly { path: string; file: string }[],
  kinds: ValidateFilesResult['files'],
  diagnostics: readonly Diagnostic[],
): Promise<string[]> {
  const { writeAnnotatedCopy } = await import('../workspace/write-annotated-copy.js');
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
