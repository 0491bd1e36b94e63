/**
 * The update reminder workbook `提醒/YYYY-MM-DD更新提醒.xlsx` (docs/reminders.md): a summary sheet by
 * district, then one sheet per district listing its coloured accounts (each row filled in its colour)
 * and, apart, its accounts without any latest-post date. The same survey gives the same bytes.
 */
import type { Row, Worksheet } from 'exceljs';
import { dateWithWeekday } from '../domain/work-calendar.js';
import type { Survey, SurveyCounts, SurveyedAccount } from '../stats/compute-survey.js';
import { byUrgency } from '../stats/compute-survey.js';
import type { ReminderColour } from '../stats/reminder-colour.js';
import { COLOUR_LABEL, COLOUR_NAME } from '../stats/reminder-colour.js';
import { sheetName, solidFill, workbookBytes } from './write-workbook.js';

/** The fill of each colour's rows (light enough to read and print in black). */
export const COLOUR_FILL: Readonly<Record<ReminderColour, string>> = {
  red: 'FFFF9999',
  blue: 'FF9DC3E6',
  yellow: 'FFFFE699',
};

/** The header rows' fill. */
const HEADER_FILL = 'FFD9E1F2';

/** The summary sheet's name. */
export const SUMMARY_SHEET = '汇总';

/** The workbook's path in the workspace, `/`-separated. */
export function reminderFileName(date: string): string {
  return `提醒/${date}更新提醒.xlsx`;
}

/** Builds the reminder workbook of a survey. */
export function reminderWorkbook(survey: Survey, title: string): Promise<Uint8Array> {
  const created = new Date(`${survey.date}T00:00:00Z`);
  return workbookBytes({ created, title }, (wb) => {
    const taken = new Set<string>();
    summarySheet(wb.addWorksheet(sheetName(SUMMARY_SHEET, taken)), survey, title);
    for (const { district } of survey.byDistrict) {
      const accounts = survey.accounts.filter((a) => a.district === district);
      districtSheet(wb.addWorksheet(sheetName(district, taken)), survey, district, accounts);
    }
  });
}

/** The line under each title: the dates that make the colours. */
function surveyLine(survey: Survey): string {
  return (
    `巡查日期 ${dateWithWeekday(survey.date)}；下一巡查日 ${dateWithWeekday(survey.nextSurvey)}；` +
    `连续 ${survey.staleDays} 天未更新即触及“内容不更新”单项否决线`
  );
}

const LEGEND: readonly [ReminderColour, string][] = [
  ['red', '今天已到线，或在下一巡查日之前的工作日到线'],
  ['blue', '在下一巡查日之前的休息日（周末、节假日）到线，须安排休息日更新'],
  ['yellow', '在下一巡查日之后、7 天之内到线'],
];

function titleRows(ws: Worksheet, title: string, survey: Survey, width: number): void {
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([surveyLine(survey)]);
  ws.mergeCells(1, 1, 1, width);
  ws.mergeCells(2, 1, 2, width);
}

function headerRow(ws: Worksheet, headers: readonly string[]): Row {
  const row = ws.addRow([...headers]);
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = solidFill(HEADER_FILL);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  return row;
}

function freezeBelow(ws: Worksheet, row: number): void {
  ws.views = [
    { state: 'frozen', xSplit: 0, ySplit: row, topLeftCell: `A${row + 1}`, activeCell: `A${row + 1}` },
  ];
}

const SUMMARY_HEADERS = [
  '地区',
  '账号数',
  `${COLOUR_NAME.red}（${COLOUR_LABEL.red}）`,
  `${COLOUR_NAME.blue}（${COLOUR_LABEL.blue}）`,
  `${COLOUR_NAME.yellow}（${COLOUR_LABEL.yellow}）`,
  '需提醒合计',
  '无更新日期',
];

function countCells(label: string, c: SurveyCounts): (string | number)[] {
  return [label, c.accounts, c.red, c.blue, c.yellow, c.coloured, c.undated];
}

function summarySheet(ws: Worksheet, survey: Survey, title: string): void {
  titleRows(ws, `${title}汇总`, survey, SUMMARY_HEADERS.length);
  const header = headerRow(ws, SUMMARY_HEADERS);
  (['red', 'blue', 'yellow'] as const).forEach((colour, i) => {
    header.getCell(3 + i).fill = solidFill(COLOUR_FILL[colour]);
  });
  for (const d of survey.byDistrict) ws.addRow(countCells(d.district, d));
  const total = ws.addRow(countCells('合计', survey.total));
  total.font = { bold: true };
  total.eachCell((cell) => {
    cell.border = { top: { style: 'thin' } };
  });
  ws.addRow([]);
  for (const [colour, text] of LEGEND) {
    const row = ws.addRow([COLOUR_NAME[colour], `${COLOUR_LABEL[colour]}：${text}`]);
    row.getCell(1).fill = solidFill(COLOUR_FILL[colour]);
    ws.mergeCells(row.number, 2, row.number, SUMMARY_HEADERS.length);
  }
  ws.columns.forEach((column, i) => {
    column.width = i === 0 ? 14 : 16;
  });
  freezeBelow(ws, header.number);
}

const DISTRICT_HEADERS = [
  '序号',
  '提醒',
  '账号名称',
  '平台类型',
  '开设主体',
  '最近更新日期',
  '未更新天数',
  '到线日期',
];
const DISTRICT_WIDTHS = [6, 18, 28, 14, 32, 14, 11, 16];

function districtSheet(
  ws: Worksheet,
  survey: Survey,
  district: string,
  accounts: readonly SurveyedAccount[],
) {
  titleRows(ws, `${district}政务新媒体更新提醒`, survey, DISTRICT_HEADERS.length);
  const header = headerRow(ws, DISTRICT_HEADERS);
  const coloured = byUrgency(accounts);
  coloured.forEach((a, i) => {
    const colour = a.colour!;
    const row = ws.addRow([
      i + 1,
      `${COLOUR_NAME[colour]}·${COLOUR_LABEL[colour]}`,
      a.name,
      a.platformRaw,
      a.operator,
      a.lastPost,
      a.daysSincePost,
      a.lineDate === null ? null : dateWithWeekday(a.lineDate),
    ]);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.fill = solidFill(COLOUR_FILL[colour]);
    });
  });
  if (coloured.length === 0) ws.addRow(['', '本次巡查没有需要提醒的账号']);
  undatedSection(
    ws,
    accounts.filter((a) => a.lastPost === null),
  );
  DISTRICT_WIDTHS.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  freezeBelow(ws, header.number);
}

/** The accounts no sheet gives a latest post for: listed apart, never guessed. */
function undatedSection(ws: Worksheet, undated: readonly SurveyedAccount[]): void {
  if (undated.length === 0) return;
  ws.addRow([]);
  const note = ws.addRow([
    `以下 ${undated.length} 个账号没有最近更新日期，无法判断；请在台账或 updates 文件夹的表格中补填：`,
  ]);
  note.font = { bold: true };
  ws.mergeCells(note.number, 1, note.number, DISTRICT_HEADERS.length);
  headerRow(ws, ['序号', '', '账号名称', '平台类型', '开设主体', '最近更新日期']);
  undated.forEach((a, i) => {
    ws.addRow([i + 1, '', a.name, a.platformRaw, a.operator, '未填写']);
  });
}
