import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { CheckLinker } from '../checks/link-checks.js';
import { readChecks } from '../checks/read-checks.js';
import type { Config } from '../config/schema.js';
import { type Diagnostic, sortDiagnostics } from '../domain/diagnostic.js';
import type { Period } from '../domain/period.js';
import type { RegistryAccount } from '../registry/account.js';
import { readRegistry } from '../registry/read-registry.js';
import { checkDistrict } from '../validate/check-district.js';
import { classifyWorkbook } from '../validate/classify-workbook.js';
import { isOfficeTempFile } from '../workbook/index.js';
import { readErrorDiagnostic } from '../workbook/read-errors.js';
import { visibleSheets } from './hidden-sheets.js';
import { openOrDiagnose, websiteLinker } from './load-workspace.js';

/** How `validate FILE…` checks files on their own. */
export interface ValidateFilesOptions {
  config: Config;
  /**
   * The workspace registry to match result rows against, when there is one: its accounts, and its
   * websites for the website rows (docs/workspace.md §11).
   */
  registry?: { file: string; accounts: RegistryAccount[]; websites?: RegistryAccount[] };
  /** `--district`: every row must belong to it. */
  district?: string;
  period?: Period;
}

/** The outcome, with what was and was not checked (for the message to the user). */
export interface ValidateFilesResult {
  diagnostics: Diagnostic[];
  /** Each file and what it was read as. */
  files: { file: string; kind: 'registry' | 'checks' | 'unknown' | 'skipped' }[];
  /** True when result rows were matched against a registry. */
  matchedRegistry: boolean;
}

async function validateOne(
  path: string,
  file: string,
  options: ValidateFilesOptions,
  diagnostics: Diagnostic[],
) {
  const opened = await openOrDiagnose(path, file);
  if (!('sheets' in opened)) {
    diagnostics.push(opened);
    return 'unknown' as const;
  }
  const workbook = visibleSheets(opened, options.config, diagnostics);
  try {
    const kind = await classifyWorkbook(workbook);
    const year = options.period?.year ?? new Date().getFullYear();
    if (kind === 'registry') {
      const result = await readRegistry(workbook, { config: options.config, file });
      for (const d of result.diagnostics) diagnostics.push(d);
      if (options.district)
        for (const d of checkDistrict.registry([...result.accounts, ...result.websites], options.district))
          diagnostics.push(d);
      return kind;
    }
    // A results workbook, or one whose headers say nothing: read it as results so the header message helps.
    const result = await readChecks(workbook, {
      config: options.config,
      file,
      year,
      ...(options.period ? {} : { yearAssumed: true }),
    });
    for (const d of result.diagnostics) diagnostics.push(d);
    if (options.registry) {
      const { accounts, websites = [] } = options.registry;
      const period = options.period ? { period: options.period } : {};
      const linker = new CheckLinker(accounts, {
        config: options.config,
        registryFile: options.registry.file,
        ...period,
      });
      const siteLinker = websiteLinker(websites, options.config, options.period);
      // NOTE: the district's mismatches follow linking's diagnostics, as they always did.
      const mismatches: Diagnostic[] = [];
      for (const row of result.rows) {
        const record = (row.website ? siteLinker : linker).add(row);
        const list = row.website ? websites : accounts;
        const mismatch = record && options.district && checkDistrict.record(record, list, options.district);
        if (mismatch) mismatches.push(mismatch);
      }
      for (const d of linker.result().diagnostics) diagnostics.push(d);
      for (const d of siteLinker.result().diagnostics) diagnostics.push(d);
      for (const d of mismatches) diagnostics.push(d);
    } else if (options.district) {
      for (const d of checkDistrict.rows(result.rows, options.district)) diagnostics.push(d);
    }
    return kind;
  } catch (error) {
    diagnostics.push(readErrorDiagnostic(error, file));
    return 'unknown' as const;
  }
}

/** Validates the named files on their own (a district's sheet before it is sent, or on receipt). */
export async function validateFiles(
  files: readonly { path: string; file: string }[],
  options: ValidateFilesOptions,
): Promise<ValidateFilesResult> {
  const diagnostics: Diagnostic[] = [];
  const seen: ValidateFilesResult['files'] = [];
  for (const { path, file } of files) {
    if (isOfficeTempFile(basename(path))) {
      seen.push({ file, kind: 'skipped' });
      continue;
    }
    if (!existsSync(path)) {
      diagnostics.push({
        code: 'FILE_NOT_FOUND',
        severity: 'error',
        file,
        message: `找不到文件“${file}”`,
        hint: '请检查文件名和所在文件夹',
      });
      seen.push({ file, kind: 'unknown' });
      continue;
    }
    seen.push({ file, kind: await validateOne(path, file, options, diagnostics) });
  }
  return {
    diagnostics: sortDiagnostics(diagnostics),
    files: seen,
    matchedRegistry: options.registry !== undefined,
  };
}
