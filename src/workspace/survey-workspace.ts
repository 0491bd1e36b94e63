/**
 * The `circular remind` use case: read the workspace's registry and its `updates/` workbooks, and
 * survey the accounts on a date (docs/reminders.md). Never throws for bad input: every problem is a
 * diagnostic. A bad config throws ConfigError.
 */
import { existsSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { AccountMatcher } from '../checks/match-account.js';
import { loadConfig } from '../config/load-config.js';
import type { Config } from '../config/schema.js';
import { type Diagnostic, hasErrors, sortDiagnostics } from '../domain/diagnostic.js';
import { computeSurvey, latestPosts, type Survey } from '../stats/compute-survey.js';
import { readUpdates, type UpdateRow } from '../updates/read-updates.js';
import { isOfficeTempFile } from '../workbook/index.js';
import { readErrorDiagnostic } from '../workbook/read-errors.js';
import { findFiles } from './find-files.js';
import { type LoadHooks, loadRegistry, openOrDiagnose } from './load-workspace.js';
import { writeFileAtomic } from './write-atomic.js';

/** Where the updates workbooks are: every spreadsheet in `updates/`. */
export const UPDATES_GLOB = 'updates/*.{xlsx,xlsm,csv,xls,et,ods,xlsb}';

/** The survey of a workspace on a date, or the diagnostics that stop it. */
export interface WorkspaceSurvey {
  config: Config;
  registryFile: string;
  updateFiles: string[];
  /** Null when the diagnostics hold errors. */
  survey: Survey | null;
  diagnostics: Diagnostic[];
}

/**
 * The updates workbooks of a workspace, office lock files left out. `updates/` is optional: without
 * it there are none; files in it that are not read are named in `diagnostics`, as for the results.
 */
export async function updateFilesOf(dir: string, diagnostics: Diagnostic[]): Promise<string[]> {
  if (!existsSync(join(dir, 'updates'))) return [];
  const found = await findFiles(dir, [UPDATES_GLOB], 'updates');
  for (const d of found.diagnostics) diagnostics.push(d);
  return found.files.filter((f) => !isOfficeTempFile(basename(f)));
}

async function loadUpdates(dir: string, file: string, config: Config, diagnostics: Diagnostic[]) {
  const path = isAbsolute(file) ? file : join(dir, file);
  const workbook = await openOrDiagnose(path, file);
  if (!('sheets' in workbook)) {
    diagnostics.push(workbook);
    return [];
  }
  try {
    const result = await readUpdates(workbook, { config, file });
    for (const d of result.diagnostics) diagnostics.push(d);
    return result.rows;
  } catch (error) {
    diagnostics.push(readErrorDiagnostic(error, file));
    return [];
  }
}

/** Reads the workspace and surveys its accounts on `date` (`YYYY-MM-DD`). */
export async function surveyWorkspace(
  dir: string,
  date: string,
  hooks: Pick<LoadHooks, 'onFile' | 'onProgress'> = {},
): Promise<WorkspaceSurvey> {
  const diagnostics: Diagnostic[] = [];
  // Step 1: the config and the registry.
  const { config } = loadConfig(dir);
  hooks.onFile?.(config.registry);
  const accounts = await loadRegistry(dir, config, diagnostics, hooks.onProgress);
  const registryRead = !hasErrors(diagnostics);
  // Step 2: every updates workbook.
  const updateFiles = await updateFilesOf(dir, diagnostics);
  const rows: UpdateRow[] = [];
  for (const file of updateFiles) {
    hooks.onFile?.(file);
    for (const row of await loadUpdates(dir, file, config, diagnostics)) rows.push(row);
  }
  const base = { config, registryFile: config.registry, updateFiles };
  // NOTE: without a clean registry every updates row could be an "unknown account"; those messages
  // would bury the one that matters, so matching waits until the registry reads cleanly.
  if (!registryRead) return { ...base, survey: null, diagnostics: sortDiagnostics(diagnostics) };
  // Step 3: the newest date of each account, and the colours.
  const matcher = new AccountMatcher(accounts, config.registry);
  const context = { matcher, registryFile: config.registry, date };
  const latest = latestPosts(accounts, rows, context, diagnostics);
  const survey = computeSurvey(accounts, latest, config, date);
  const sorted = sortDiagnostics(diagnostics);
  return { ...base, survey: hasErrors(sorted) ? null : survey, diagnostics: sorted };
}

/**
 * Writes the survey's workbook to `提醒/YYYY-MM-DD更新提醒.xlsx` in the workspace, whole or not at all;
 * returns its path relative to the workspace.
 */
export async function writeReminders(dir: string, config: Config, survey: Survey): Promise<string> {
  const { reminderFileName, reminderWorkbook } = await import('../excel/reminder-workbook.js');
  const file = reminderFileName(survey.date);
  const bytes = await reminderWorkbook(survey, `${config.city}市政务新媒体更新提醒`);
  writeFileAtomic(join(dir, ...file.split('/')), bytes);
  return file;
}
