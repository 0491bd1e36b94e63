/**
 * The `circular remind` use case: the 红黄蓝 survey of a workspace's accounts on a date, and its
 * workbook `提醒/YYYY-MM-DD更新提醒.xlsx` (docs/reminders.md).
 */
import { localDate } from '../domain/calendar-date.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import type { Survey } from '../stats/compute-survey.js';
import type { LoadHooks } from '../workspace/load-workspace.js';
import { surveyWorkspace, writeReminders } from '../workspace/survey-workspace.js';
import { workspaceFolder } from './workspace-folder.js';

/** Whose accounts, on which day. */
export interface RemindUpdatesOptions {
  /** The workspace folder (default: the current folder); it must hold circular.config.json. */
  workspace?: string;
  /** The survey's day `YYYY-MM-DD`; today by default. */
  date?: string;
  hooks?: Pick<LoadHooks, 'onFile' | 'onProgress'>;
}

/** The survey and the workbook written, or the diagnostics that stopped them. */
export interface Reminders {
  diagnostics: Diagnostic[];
  /** Null when the diagnostics hold errors: then nothing was written. */
  survey: Survey | null;
  /** The workbook written, relative to the workspace; null when nothing was. */
  written: string | null;
}

/**
 * Reads the registry and the `updates/` workbooks, colours each account by its latest post, and writes
 * the reminder workbook whole or not at all. Bad input is diagnostics (and no workbook); a folder that
 * is not a workspace throws `RequestError`, a file that cannot be written `WriteFileError`.
 */
export async function remindUpdates(options: RemindUpdatesOptions = {}): Promise<Reminders> {
  const date = options.date ?? localDate(new Date());
  const dir = workspaceFolder(options.workspace);
  // Step 1: read the registry and the updates, and colour the accounts.
  const result = await surveyWorkspace(dir, date, options.hooks);
  if (result.survey === null) return { diagnostics: result.diagnostics, survey: null, written: null };
  // Step 2: the workbook, whole or not at all.
  const written = await writeReminders(dir, result.config, result.survey);
  return { diagnostics: result.diagnostics, survey: result.survey, written };
}
