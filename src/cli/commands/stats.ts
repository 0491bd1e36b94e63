import type { ChalkInstance } from 'chalk';
import { computeStatistics } from '../../app/compute-statistics.js';
import type { Config } from '../../config/schema.js';
import { periodNameOf } from '../../domain/period.js';
import { CITY_LEVEL } from '../../domain/vocabulary.js';
import { changeText, chineseDate, chineseMonth } from '../../report/template-helpers.js';
import { isYearStats } from '../../stats/compute-year-stats.js';
import type { PeriodStats, WebsiteStats, YearStats } from '../../stats/types.js';
import { type CommonOptions, commandContext, type PeriodOptions, periodOption } from '../context.js';
import { alignColumns } from '../display-width.js';
import { EXIT } from '../errors.js';
import { printConfig } from '../print-config.js';
import { diagnosticsJson, formatDiagnostics, summaryLine } from '../print-diagnostics.js';
import { createProgress } from '../progress.js';
import { err, out } from '../terminal.js';

/** Options of `circular stats`. */
export interface StatsOptions extends CommonOptions, PeriodOptions {}

/** How the text names the two levels: the config's `wording` (a county's 县直部门单位, 各乡镇（街道）). */
type LevelWording = Pick<Config['wording'], 'cityLevel' | 'cityLevelShort' | 'districtLevel'>;

/**
 * The statistics as text for a person: labelled figures, the failed accounts, the district table, and
 * the government websites' figures where the workspace has websites.
 */
export function statsText(
  s: PeriodStats,
  c: ChalkInstance,
  decimals: number,
  wording: LevelWording,
): string[] {
  const r = s.registered;
  const labelled: [string, string][] = [
    [
      '已备案',
      `${r.total} 个：${wording.cityLevel} ${r.byLevel.city}，${wording.districtLevel} ${r.byLevel.district}`,
    ],
    [
      '',
      `微信公众号 ${r.byType.微信公众号}，微博 ${r.byType.微博}，移动客户端 ${r.byType.移动客户端}，其他 ${r.byType.其他}`,
    ],
  ];
  labelled.push(...monthLines(s), rateLine(s, c));
  if (s.previous) labelled.push(compared('上期', s.previous, decimals));
  if (s.yearOnYear) labelled.push(compared('去年同期', s.yearOnYear, decimals));
  if (s.provincial)
    labelled.push([
      '省级抽查',
      `${s.provincial.checked} 个，合格 ${s.provincial.passed} 个，合格率 ${s.provincial.passRateText}`,
    ]);
  labelled.push(['全年满分', `${s.perfectScore.count} 个`]);
  const first = s.reposting.accounts[0];
  labelled.push(['转载权威信息', `${s.reposting.count} 个${first ? `（${first.label} 等）` : ''}`]);
  const lines = [
    c.bold(`${periodNameOf(s.period)}政务新媒体统计（${s.period}，截至${chineseDate(s.asOf)}）`),
    ...alignColumns(labelled),
  ];
  if (s.unqualified.count > 0) {
    lines.push(c.bold('不合格政务新媒体：'));
    for (const [i, a] of s.unqualified.accounts.entries()) {
      lines.push(`  ${i + 1}. ${a.label}  ${a.operator}  ${c.red(a.reasons.join('；'))}`);
    }
  }
  lines.push(c.bold('各地区：'));
  const table = s.byDistrict.map((d) => [
    d.district === CITY_LEVEL ? wording.cityLevelShort : d.district,
    `已备案 ${String(d.registered).padStart(4)}`,
    `检查 ${String(d.checked).padStart(4)}`,
    `不合格 ${String(d.unqualified).padStart(3)}`,
    `合格率 ${d.passRateText}`,
  ]);
  for (const line of alignColumns(table)) lines.push(`  ${line}`);
  if (s.websites) lines.push(...websiteText(s.websites, c, decimals));
  return lines;
}

type Figures = Pick<PeriodStats, 'months' | 'passRateText' | 'checked' | 'qualified' | 'unqualified'>;

/** Each month's checks, labelled by the month. */
function monthLines(x: Figures): [string, string][] {
  return x.months.map((m) => [
    chineseMonth(m.month),
    `${m.kind}：检查 ${m.checked} 个，不合格 ${m.unqualified} 个`,
  ]);
}

function rateLine(x: Figures, c: ChalkInstance): [string, string] {
  return [
    '合格率',
    `${c.bold(x.passRateText)}（检查 ${x.checked} 个，合格 ${x.qualified} 个，不合格 ${x.unqualified.count} 个）`,
  ];
}

/** The rate of another period (上期, 去年同期) and the change against it. */
function compared(
  label: string,
  other: NonNullable<PeriodStats['previous']>,
  decimals: number,
): [string, string] {
  const change = changeText(other.passRateChange, decimals);
  return [label, `${other.period} 合格率 ${other.passRateText}${change ? `，本期${change}` : ''}`];
}

/** The websites' figures as text (docs/workspace.md §11): running, by 网站类型, checks, rate, the failed. */
function websiteText(w: WebsiteStats, c: ChalkInstance, decimals: number): string[] {
  const t = w.registered.byType;
  const labelled: [string, string][] = [
    [
      '在运行',
      `${w.registered.total} 个：门户网站 ${t.门户网站}，部门网站 ${t.部门网站}，专项网站 ${t.专项网站}`,
    ],
  ];
  labelled.push(...monthLines(w));
  labelled.push(w.months.length === 0 ? ['检查', '本期未开展政府网站检查'] : rateLine(w, c));
  if (w.previous) labelled.push(compared('上期', w.previous, decimals));
  const lines = [c.bold(`政府网站（截至${chineseDate(w.asOf)}）`), ...alignColumns(labelled)];
  if (w.unqualified.count > 0) {
    lines.push(c.bold('不合格政府网站：'));
    for (const [i, a] of w.unqualified.accounts.entries()) {
      const id = a.siteId ? `  ${a.siteId}` : '';
      lines.push(`  ${i + 1}. ${a.label}${id}  ${a.operator}  ${c.red(a.reasons.join('；'))}`);
    }
  }
  return lines;
}

/** The yearly additions as text: each quarter, the first-to-last trend, the 重点关注 list, the ranking. */
export function yearText(s: YearStats, c: ChalkInstance, decimals: number, wording: LevelWording): string[] {
  const lines = [c.bold('各季度：')];
  for (const q of s.quarters) {
    const change = q.passRateChange === null ? '' : `，较上季度${changeText(q.passRateChange, decimals)}`;
    lines.push(
      q.checked === 0
        ? `  ${q.period}  未检查`
        : `  ${q.period}  检查 ${q.checked} 个，不合格 ${q.unqualified} 个，合格率 ${q.passRateText}${change}`,
    );
  }
  if (s.trend) {
    lines.push(`  ${s.trend.to} 较 ${s.trend.from}：${changeText(s.trend.passRateChange, decimals)}`);
  }
  lines.push(c.bold(`重点关注（两个及以上季度不合格）：${s.focus.count} 个`));
  for (const [i, a] of s.focus.accounts.entries()) {
    lines.push(
      `  ${i + 1}. ${a.label}  ${a.operator}  ${a.quarters.join('、')}  ${c.red(a.reasons.join('；'))}`,
    );
  }
  lines.push(c.bold('各地区全年合格率排名：'));
  for (const [i, g] of s.districtRanking.entries()) {
    const place = g.cityLevel ? '    ' : `${String(i + 1).padStart(2)}. `;
    lines.push(
      `  ${place}${g.cityLevel ? wording.cityLevelShort : g.districts.join('、')}  ${g.passRateText}`,
    );
  }
  return lines;
}

/** `circular stats`: the period's figures, as text or as the docs/workspace.md §6 JSON object alone on stdout. */
export async function statsCommand(options: StatsOptions): Promise<number> {
  const ctx = commandContext(options);
  if (options.printConfig) return printConfig(options);
  const period = periodOption(options)!;
  const progress = createProgress(ctx);
  const { config, diagnostics, stats } = await computeStatistics({
    period,
    hooks: progress.hooks,
    ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
  });
  progress.clear();
  if (stats === null) {
    if (ctx.json) out(diagnosticsJson(diagnostics));
    else {
      for (const line of formatDiagnostics(diagnostics, ctx.cerr)) err(line);
      err(summaryLine(diagnostics, ctx.cerr));
      err(ctx.cerr.red('输入数据有错误，无法统计。请按提示改正后重新运行。'));
    }
    return EXIT.inputErrors;
  }
  if (ctx.json) out(JSON.stringify(stats, null, 2));
  else {
    if (!ctx.quiet) {
      for (const line of formatDiagnostics(diagnostics, ctx.cerr)) err(line);
      if (diagnostics.length > 0) err(summaryLine(diagnostics, ctx.cerr));
    }
    for (const line of statsText(stats, ctx.c, config.rateDecimals, config.wording)) out(line);
    if (isYearStats(stats))
      for (const line of yearText(stats, ctx.c, config.rateDecimals, config.wording)) out(line);
  }
  progress.report();
  return EXIT.ok;
}
