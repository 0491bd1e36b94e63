/**
 * Why a file cannot be read, and the one place that turns a reason into the Chinese message a user sees.
 * Inner code throws `ReadFailure` (a code and an English detail); `openWorkbook` and `rows()` convert it,
 * and anything else that escapes (a zip library error, a bug), into a `WorkbookReadError` naming the file.
 */
import type { Diagnostic } from '../domain/diagnostic.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../domain/diagnostic-codes.js';
import { WorkbookReadError } from './types.js';

/** The codes a reader gives a file it cannot read: the `WORKBOOK_` part of `DIAGNOSTIC_CODES`. */
export type WorkbookErrorCode = Extract<DiagnosticCode, `WORKBOOK_${string}`>;

/** Stable codes of `WorkbookReadError` from the readers; the CLI shows them and the docs list them. */
export const WORKBOOK_ERROR_CODES = DIAGNOSTIC_CODES.filter((code): code is WorkbookErrorCode =>
  code.startsWith('WORKBOOK_'),
);

/** Internal: a reason the file cannot be read. `detail` is English and technical (shown with --verbose). */
export class ReadFailure extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ReadFailure';
  }
}

const SAVE_AS_XLSX = '请用 WPS 或 Excel 打开后另存为 .xlsx 再试';

/** What the user reads: the sentence after “无法读取“file”：”, and what to do about it. */
const TEXTS: Record<WorkbookErrorCode, { reason: string; hint: string }> = {
  WORKBOOK_EMPTY_FILE: {
    reason: '文件是空的（0 字节）',
    hint: '请确认文件已完整保存或下载后重试',
  },
  WORKBOOK_OLE2: {
    reason: '这是旧版 Excel（.xls）或 WPS 表格（.et）格式的文件，也可能是设置了密码的 .xlsx',
    hint: '请用 WPS 或 Excel 另存为 .xlsx（如设置了打开密码，请先去除密码）',
  },
  WORKBOOK_ENCRYPTED: {
    reason: '文件设置了打开密码（已加密），无法读取其中的数据',
    hint: '请去除密码后另存为 .xlsx',
  },
  WORKBOOK_HTML: {
    reason: '这是以表格文件名保存的网页或 XML 文件，不是真正的 Excel 工作簿',
    hint: SAVE_AS_XLSX,
  },
  WORKBOOK_ODS: {
    reason: '这是 OpenDocument 表格（.ods），请用 WPS 或 Excel 另存为 .xlsx',
    hint: '在 WPS 或 Excel 中打开它，选择“另存为”，文件类型选 Excel 工作簿（*.xlsx）',
  },
  WORKBOOK_XLSB: {
    reason: '这是 Excel 二进制工作簿（.xlsb），本工具只读取 .xlsx 和 .csv',
    hint: '请用 Excel 或 WPS 另存为 .xlsx',
  },
  WORKBOOK_CORRUPT: {
    reason: '文件不是有效的 .xlsx 工作簿（可能已损坏或只下载了一部分）',
    hint: '请在 WPS 或 Excel 中打开并另存为 .xlsx 后重试',
  },
  WORKBOOK_TOO_LARGE: {
    reason: '文件过大，或解压后的大小、压缩比异常（可能是损坏的文件或“压缩炸弹”），为安全起见已停止读取',
    hint: '请确认文件来源；如确为正常数据，请删除多余内容或拆分为几个较小的工作簿',
  },
  WORKBOOK_TIMEOUT: {
    reason: '读取时间超过限制仍未完成，已停止（文件可能已损坏或结构异常）',
    hint: '请在 WPS 或 Excel 中打开并另存为 .xlsx 后重试',
  },
  WORKBOOK_NO_SHEETS: {
    reason: '工作簿中没有可读取的工作表',
    hint: '请确认文件中至少有一个普通工作表（图表工作表不算）',
  },
  WORKBOOK_UNKNOWN_FORMAT: {
    reason: '无法识别的文件格式，它不是 .xlsx 工作簿，也不是 .csv 文本',
    hint: SAVE_AS_XLSX,
  },
  WORKBOOK_ENCODING: {
    reason: '无法识别文本文件的字符编码（既不是 UTF-8，也不是 GB18030/GBK）',
    hint: '请用 WPS 或 Excel 打开后另存为 .xlsx，或另存为“CSV UTF-8”格式',
  },
  WORKBOOK_NOT_FOUND: {
    reason: '找不到该文件',
    hint: '请检查文件路径和文件名',
  },
  WORKBOOK_NOT_A_FILE: {
    reason: '这不是普通文件（是文件夹、设备或管道），不能作为表格读取',
    hint: '请检查文件路径，指向保存好的 .xlsx 或 .csv 文件',
  },
  WORKBOOK_UNREADABLE: {
    reason: '无法打开该文件（可能正被其他程序占用，或没有读取权限）',
    hint: '请关闭正在打开它的 WPS 或 Excel，或检查文件权限后重试',
  },
};

/** Builds the user-facing error for a code. */
export function workbookReadError(file: string, code: WorkbookErrorCode, detail?: string): WorkbookReadError {
  const { reason, hint } = TEXTS[code];
  return new WorkbookReadError(file, code, `无法读取“${file}”：${reason}`, hint, detail);
}

/**
 * Converts whatever a reader threw into a `WorkbookReadError` naming the file.
 * NOTE: an unexpected error (from fflate, TextDecoder, or a bug) becomes WORKBOOK_CORRUPT with the raw
 * text in `detail`, so bad input never surfaces as a stack trace.
 */
export function toWorkbookReadError(file: string, error: unknown): WorkbookReadError {
  if (error instanceof WorkbookReadError) return error;
  if (error instanceof ReadFailure) return workbookReadError(file, error.code, error.detail);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return workbookReadError(file, 'WORKBOOK_CORRUPT', detail);
}

/**
 * A file that cannot be read, as the one diagnostic naming it. NOTE: anything but a `WorkbookReadError`
 * is a bug, not bad input, and is thrown again for the CLI's handler.
 */
export function readErrorDiagnostic(error: unknown, file: string): Diagnostic {
  if (!(error instanceof WorkbookReadError)) throw error;
  const d: Diagnostic = { code: error.code, severity: 'error', file, message: error.message };
  if (error.hint) d.hint = error.hint;
  return d;
}
