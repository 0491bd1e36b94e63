/**
 * The workbook stage: opening a file safely and turning cells into plain values.
 */
export { isDateFormat, isDateFormatCode } from './date-formats.js';
export { isOfficeTempFile } from './office-temp-file.js';
export { type OpenWorkbookOptions, openWorkbook } from './open-workbook.js';
export { WORKBOOK_ERROR_CODES, type WorkbookErrorCode } from './read-errors.js';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
export { MAX_DATE_SERIAL, serialToDate } from './serial-date.js';
export {
  type CellError,
  type CellValue,
  isCellError,
  type ReadProgress,
  type SheetRow,
  type SheetSource,
  WorkbookReadError,
  type WorkbookSource,
} from './types.js';
