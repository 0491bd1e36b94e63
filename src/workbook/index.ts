/**
 * The workbook stage: opening a file safely and turning cells into plain values.
 */
export { isDateFormat, isDateFormatCode } from './date-formats.js';
export { isOfficeTempFile } from './office-temp-file.js';
export { openWorkbook, openWorkbookBytes } from './open-workbook.js';
export { WORKBOOK_ERROR_CODES } from './read-errors.js';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
export { serialToDate } from './serial-date.js';
export { type CellValue, type SheetRow, WorkbookReadError } from './types.js';
