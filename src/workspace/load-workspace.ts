import { existsSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CheckRow } from '../checks/check-record.js';
import { CheckTally } from '../checks/check-tally.js';
import { CheckLinker, periodRules } from '../checks/link-checks.js';
import { type ChecksContext, readChecks } from '../checks/read-checks.js';
import { CONFIG_FILE, loadConfig } from '../config/load-config.js';
import type { Config } from '../config/schema.js';
import { type Diagnostic, sortDiagnostics } from '../domain/diagnostic.js';
import { type Period, periodName } from '../domain/period.js';
import { WEBSITE_TERMS } from '../domain/terms.js';
import type { RegistryAccount } from '../registry/account.js';
import { readRegistry, readWebsiteRegistry, registryPeriodRules } from '../registry/read-registry.js';
import { isOfficeTempFile, openWorkbook } from '../workbook/index.js';
import { readErrorDiagnostic } from '../workbook/read-errors.js';
import type { ReadProgress, WorkbookSource } from '../workbook/types.js';
import { FIND_FILES_CODES, findFiles } from './find-files.js';
import { visibleSheets } from './hidden-sheets.js';

/** A workspace read, linked and checked. */
export interface LoadedWorkspace {
  dir: string;
  config: Config;
  /** False when the folder has no `circular.config.json` (defaults used). */
  configFound: boolean;
  registryFile: string;
  checkFiles: string[];
  accounts: RegistryAccount[];
  /** The linked checks, per account and month, and the failed ones in full. */
  checks: CheckTally;
  /**
   * The government websites (docs/workspace.md §11) and their checks, apart from the accounts: their own
   * registry order and tally. No websites: an empty list.
   */
  websites: { accounts: RegistryAccount[]; checks: CheckTally };
  diagnostics: Diagnostic[];
}

/** Progress and timing callbacks; the CLI uses them, a script may ignore them. */
export interface LoadHooks {
  onFile?: (file: string) => void;
  /** Rows and bytes read so far in the current workbook (.xlsx only), after each chunk of a sheet. */
  onProgress?: (progress: ReadProgress) => void;
  onStage?: (stage: string, ms: number) => void;
}

/** Opens a workbook, or returns the diagnostic that says why it cannot be read. */
export async function openOrDiagnose(
  path: string,
  displayName: string,
  onProgress?: LoadHooks['onProgress'],
): Promise<WorkbookSource | Diagnostic> {
  try {
    return await openWorkbook(path, onProgress ? { displayName, onProgress } : { displayName });
  } catch (error) {
    return readErrorDiagnostic(error, displayName);
  }
}

function displayPath(dir: string, file: string): string {
  return isAbsolute(file) ? relative(dir, file) || basename(file) : file;
}

/** True when `path` is not inside the folder `dir` (another drive on Windows counts as outside). */
function isOutside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/** Reads the workspace registry's accounts; problems are pushed onto `diagnostics`. */
export async function loadRegistry(
  dir: string,
  config: Config,
  diagnostics: Diagnostic[],
  onProgress?: LoadHooks['onProgress'],
): Promise<RegistryAccount[]> {
  return (await loadRegistries(dir, config, diagnostics, onProgress)).accounts;
}

/** The registry's accounts and websites. */
export interface Registries {
  accounts: RegistryAccount[];
  websites: RegistryAccount[];
}

/**
 * Reads the workspace registry: its accounts, and its websites — from its website sheets and rows, and
 * from the config's `websites.registry` workbook when set (docs/workspace.md §11).
 */
export async function loadRegistries(
  dir: string,
  config: Config,
  diagnostics: Diagnostic[],
  onProgress?: LoadHooks['onProgress'],
): Promise<Registries> {
  const main = await loadAccountRegistry(dir, config, diagnostics, onProgress);
  const file = config.websites.registry;
  if (file === undefined) return main;
  const path = isAbsolute(file) ? file : join(dir, file);
  if (!existsSync(path)) {
    diagnostics.push({
      code: 'REGISTRY_NOT_FOUND',
      severity: 'error',
      file,
      message: `找不到网站台账 ${file}`,
      hint: `请把网站台账放在工作区的 ${file}，或修改 ${CONFIG_FILE} 中 websites.registry 的位置`,
    });
    return main;
  }
  const opened = await openOrDiagnose(path, file, onProgress);
  if (!('sheets' in opened)) {
    diagnostics.push(opened);
    return main;
  }
  const result = await readWebsiteRegistry(visibleSheets(opened, config, diagnostics), {
    config,
    file,
    outsideWorkspace: isOutside(dir, path),
  });
  for (const d of result.diagnostics) diagnostics.push(d);
  const offset = main.websites.length;
  const more = result.websites.map((site) => ({ ...site, index: site.index + offset }));
  return { accounts: main.accounts, websites: [...main.websites, ...more] };
}

async function loadAccountRegistry(
  dir: string,
  config: Config,
  diagnostics: Diagnostic[],
  onProgress?: LoadHooks['onProgress'],
): Promise<Registries> {
  const path = isAbsolute(config.registry) ? config.registry : join(dir, config.registry);
  if (!existsSync(path)) {
    diagnostics.push({
      code: 'REGISTRY_NOT_FOUND',
      severity: 'error',
      file: config.registry,
      message: `找不到账号台账 ${config.registry}`,
      hint: `请把台账放在工作区的 ${config.registry}，或在 ${CONFIG_FILE} 的 registry 字段写明它的位置`,
    });
    return { accounts: [], websites: [] };
  }
  const opened = await openOrDiagnose(path, config.registry, onProgress);
  if (!('sheets' in opened)) {
    diagnostics.push(opened);
    return { accounts: [], websites: [] };
  }
  const workbook = visibleSheets(opened, config, diagnostics);
  try {
    const result = await readRegistry(workbook, {
      config,
      file: config.registry,
      outsideWorkspace: isOutside(dir, path),
    });
    for (const d of result.diagnostics) diagnostics.push(d);
    return { accounts: result.accounts, websites: result.websites };
  } catch (error) {
    diagnostics.push(readErrorDiagnostic(error, config.registry));
    return { accounts: [], websites: [] };
  }
}

/**
 * The linker of the websites' checks (docs/workspace.md §11): the websites' pass score, their own words,
 * and the workbook they are registered in.
 */
export function websiteLinker(
  websites: readonly RegistryAccount[],
  config: Config,
  period: Period | undefined,
): CheckLinker {
  const passScore = config.websites.passScore;
  return new CheckLinker(websites, {
    config: passScore === undefined ? {} : { passScore },
    registryFile: config.websites.registry ?? config.registry,
    terms: WEBSITE_TERMS,
    ...(period ? { period } : {}),
  });
}

/** Reads one results workbook into rows (or hands each to `onRow`); failures become diagnostics. */
export async function loadCheckFile(
  path: string,
  file: string,
  config: Config,
  year: number,
  diagnostics: Diagnostic[],
  options: Pick<LoadHooks, 'onProgress'> & Pick<ChecksContext, 'onRow' | 'yearAssumed'> = {},
): Promise<CheckRow[]> {
  const opened = await openOrDiagnose(path, file, options.onProgress);
  if (!('sheets' in opened)) {
    diagnostics.push(opened);
    return [];
  }
  const workbook = visibleSheets(opened, config, diagnostics);
  try {
    const context: ChecksContext = { config, file, year };
    if (options.onRow) context.onRow = options.onRow;
    if (options.yearAssumed) context.yearAssumed = true;
    const result = await readChecks(workbook, context);
    for (const d of result.diagnostics) diagnostics.push(d);
    return result.rows;
  } catch (error) {
    diagnostics.push(readErrorDiagnostic(error, file));
    return [];
  }
}

/**
 * The results workbooks of a workspace (lock files and the registry itself left out), and the
 * diagnostics that say what was not read (see `findFiles`).
 * NOTE: a glob that matches nothing is an error when a period is asked for: statistics of no results
 * would be a circular saying no checks were made; without a period (a new workspace) it is a warning.
 */
export async function checkFilesOf(
  dir: string,
  config: Config,
  period?: Period,
): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const patterns = Array.isArray(config.checks) ? config.checks : [config.checks];
  const found = await findFiles(dir, patterns);
  const files = found.files.filter(
    (f) => !isOfficeTempFile(basename(f)) && displayPath(dir, f) !== config.registry,
  );
  const diagnostics = found.diagnostics.map((d) =>
    d.code === FIND_FILES_CODES.noMatch && period
      ? { ...d, severity: 'error' as const, message: `${d.message}，无法统计 ${period.id}` }
      : d,
  );
  return { files, diagnostics };
}

/**
 * The error for a period without a single linked check result (a wrong period, or files not in
 * `checks/` yet): its circular would report checks and no checks at once. Undefined otherwise.
 */
function noChecksInPeriod(
  checks: CheckTally,
  period: Period,
  files: readonly string[],
  where: string,
): Diagnostic | undefined {
  if (period.months.some((month) => checks.flagsOf(month) !== undefined)) return undefined;
  const name = periodName(period);
  const read =
    files.length > 0
      ? `已读取 ${files.length} 个检查结果文件：${files.join('、')}`
      : '没有找到任何检查结果文件';
  return {
    code: 'PERIOD_NO_CHECKS',
    severity: 'error',
    file: where,
    message: `没有找到${name}（${period.start} 至 ${period.end}）的检查结果。${read}，其中没有该期间的检查记录`,
    hint: `请确认期间（--month / --quarter / --half / --year）是否写对，并把${name}的检查结果表格放进 checks/ 文件夹后重试`,
  };
}

/**
 * Loads a workspace: config, registry, every results workbook, linked to the registry and checked by
 * the rules of docs/workspace.md §2–3 (the period's rules too when a period is given). Never throws for bad
 * input: every problem is a diagnostic. A bad config throws ConfigError.
 */
export async function loadWorkspace(
  dir: string,
  period?: Period,
  hooks: LoadHooks = {},
): Promise<LoadedWorkspace> {
  const diagnostics: Diagnostic[] = [];
  let t = performance.now();
  const stage = (name: string) => {
    const now = performance.now();
    hooks.onStage?.(name, now - t);
    t = now;
  };
  // Step 1: the config.
  const { config, found } = loadConfig(dir);
  // Step 2: the registry.
  hooks.onFile?.(config.registry);
  const { accounts, websites } = await loadRegistries(dir, config, diagnostics, hooks.onProgress);
  stage('台账');
  // Step 3: the results workbooks, each row linked to the registry as soon as it is decoded, so that
  // rows are never held.
  // NOTE: without a readable registry every result row would be an "unknown account"; those thousands
  // of messages would bury the one that matters, so linking waits until the registry can be read.
  const registryUsable =
    accounts.length > 0 || !diagnostics.some((d) => d.file === config.registry && d.severity === 'error');
  const linker = registryUsable
    ? new CheckLinker(accounts, { config, registryFile: config.registry, ...(period ? { period } : {}) })
    : undefined;
  const siteLinker = registryUsable ? websiteLinker(websites, config, period) : undefined;
  const located = await checkFilesOf(dir, config, period);
  for (const d of located.diagnostics) diagnostics.push(d);
  const checkFiles = located.files;
  const year = period?.year ?? new Date().getFullYear();
  for (const file of checkFiles) {
    hooks.onFile?.(file);
    const path = isAbsolute(file) ? file : join(dir, file);
    const onRow =
      linker && siteLinker
        ? (row: CheckRow) => (row.website ? siteLinker.add(row) : linker.add(row))
        : () => {};
    const options = {
      onRow,
      yearAssumed: period === undefined,
      ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
    };
    await loadCheckFile(path, displayPath(dir, file), config, year, diagnostics, options);
  }
  stage('检查结果');
  // Step 4: the cross-sheet rules. NOTE: linking's diagnostics follow every reader's, as they always did.
  const linked = linker?.result() ?? { checks: new CheckTally(accounts.length), diagnostics: [] };
  for (const d of linked.diagnostics) diagnostics.push(d);
  const sites = siteLinker?.result() ?? { checks: new CheckTally(websites.length), diagnostics: [] };
  for (const d of sites.diagnostics) diagnostics.push(d);
  if (period && registryUsable) {
    const shown = checkFiles.map((f) => displayPath(dir, f));
    const empty =
      websites.length > 0 && !noChecksInPeriod(sites.checks, period, shown, '')
        ? undefined
        : noChecksInPeriod(linked.checks, period, shown, [config.checks].flat().join('、'));
    if (empty) diagnostics.push(empty);
    for (const d of registryPeriodRules(accounts, period, config)) diagnostics.push(d);
    const summary = { districts: config.districts, cityLevel: config.wording.cityLevelShort };
    for (const d of periodRules(linked.checks, accounts, period, summary)) diagnostics.push(d);
    for (const d of periodRules(sites.checks, websites, period, summary)) diagnostics.push(d);
  }
  stage('校验');
  return {
    dir,
    config,
    configFound: found,
    registryFile: config.registry,
    checkFiles,
    accounts,
    checks: linked.checks,
    websites: { accounts: websites, checks: sites.checks },
    diagnostics: sortDiagnostics(diagnostics),
  };
}
