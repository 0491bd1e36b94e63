/**
 * Hidden sheets (docs/workspace.md §1): a sheet hidden in Excel or WPS holds rows no one reviewing the
 * workbook can see, so it is left out unless the config's `readHiddenSheets` says otherwise, and each
 * one is named either way.
 */
import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../domain/diagnostic.js';
import type { SheetSource, WorkbookSource } from '../workbook/types.js';

/** The code of the warning that names a hidden sheet. */
export const SHEET_HIDDEN = 'SHEET_HIDDEN';

function hiddenWarning(file: string, sheet: SheetSource, read: boolean): Diagnostic {
  const how =
    sheet.visibility === 'veryHidden'
      ? '被设为“深度隐藏”（veryHidden，在 Excel 中无法直接取消隐藏）'
      : '是隐藏的工作表';
  return {
    code: SHEET_HIDDEN,
    severity: 'warning',
    file,
    sheet: sheet.name,
    message: read
      ? `工作表“${sheet.name}”${how}，已按配置 readHiddenSheets 读取并计入统计`
      : `工作表“${sheet.name}”${how}，未读取，其中的数据不计入统计`,
    hint: read
      ? '如不应计入，请删除该工作表，或在配置文件中去掉 "readHiddenSheets": true'
      : '如需计入，请在 WPS 或 Excel 中取消隐藏该工作表，或在配置文件中设置 "readHiddenSheets": true',
  };
}

/**
 * The workbook with its hidden sheets left out (unless `config.readHiddenSheets`), and one warning
 * per hidden sheet pushed onto `diagnostics`.
 */
export function visibleSheets(
  workbook: WorkbookSource,
  config: Pick<Config, 'readHiddenSheets'>,
  diagnostics: Diagnostic[],
): WorkbookSource {
  const hidden = workbook.sheets.filter((sheet) => sheet.hidden === true);
  if (hidden.length === 0) return workbook;
  for (const sheet of hidden) diagnostics.push(hiddenWarning(workbook.file, sheet, config.readHiddenSheets));
  if (config.readHiddenSheets) return workbook;
  return { ...workbook, sheets: workbook.sheets.filter((sheet) => sheet.hidden !== true) };
}
