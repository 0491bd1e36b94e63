import type { ChalkInstance } from 'chalk';
import { remindUpdates } from '../../app/remind-updates.js';
import { dateWithWeekday } from '../../domain/work-calendar.js';
import type { Survey, SurveyCounts } from '../../stats/compute-survey.js';
import { COLOUR_LABEL } from '../../stats/reminder-colour.js';
import { type CommonOptions, commandContext, dateOption } from '../context.js';
import { displayWidth, padEndColumns, padStartColumns } from '../display-width.js';
import { EXIT } from '../errors.js';
import { printConfig } from '../print-config.js';
import { diagnosticsJson, formatDiagnostics, summaryLine } from '../print-diagnostics.js';
import { createProgress } from '../progress.js';
import { err, out } from '../terminal.js';

/** Options of `circular remind`. */
export interface RemindOptions extends CommonOptions {
  date?: string;
}

/** The survey as aligned text: the dates, then one line per district and the total. */
export function surveyText(s: Survey, c: ChalkInstance): string[] {
  const names = [...s.byDistrict.map((d) => d.district), '合计'];
  const first = Math.max(...names.map(displayWidth)) + 2;
  const heads = ['账号数', '红色', '蓝色', '黄色', '需提醒', '无日期'];
  const line = (name: string, n: SurveyCounts) =>
    padEndColumns(name, first) +
    [n.accounts, n.red, n.blue, n.yellow, n.coloured, n.undated]
      .map((v, i) => padStartColumns(String(v), displayWidth(heads[i]!) + 2))
      .join('');
  return [
    c.bold(`政务新媒体更新提醒  巡查日期 ${dateWithWeekday(s.date)}`),
    `下一巡查日 ${dateWithWeekday(s.nextSurvey)}；连续 ${s.staleDays} 天未更新即触及单项否决线`,
    `${c.red(`红色 ${COLOUR_LABEL.red}`)}、${c.blue(`蓝色 ${COLOUR_LABEL.blue}`)}、${c.yellow(`黄色 ${COLOUR_LABEL.yellow}`)}`,
    '',
    padEndColumns('地区', first) + heads.map((h) => `  ${h}`).join(''),
    ...s.byDistrict.map((d) => line(d.district, d)),
    c.bold(line('合计', s.total)),
  ];
}

/** `circular remind`: the 红黄蓝 update survey of a date, its workbook written atomically. */
export async function remindCommand(options: RemindOptions): Promise<number> {
  const ctx = commandContext(options);
  if (options.printConfig) return printConfig(options);
  const date = dateOption(options.date);
  const progress = createProgress(ctx);
  const { diagnostics, survey, written } = await remindUpdates({
    date,
    hooks: progress.hooks,
    ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
  });
  progress.clear();
  if (survey === null || written === null) {
    if (ctx.json) out(diagnosticsJson(diagnostics, { written: null }));
    else {
      for (const l of formatDiagnostics(diagnostics, ctx.cerr)) err(l);
      err(summaryLine(diagnostics, ctx.cerr));
      err(ctx.cerr.red('输入数据有错误，未生成更新提醒。请按提示改正后重新运行。'));
    }
    return EXIT.inputErrors;
  }
  if (ctx.json) {
    out(diagnosticsJson(diagnostics, { written, ...survey }));
  } else if (ctx.quiet) out(written);
  else {
    for (const l of formatDiagnostics(diagnostics, ctx.cerr)) err(l);
    if (diagnostics.length > 0) err(summaryLine(diagnostics, ctx.cerr));
    for (const l of surveyText(survey, ctx.c)) out(l);
    out(`${ctx.c.green('已生成')} ${written}`);
  }
  progress.report();
  return EXIT.ok;
}
