/**
 * The county sample's website figures computed straight from its plan (`scripts/county-sample/plan.ts`),
 * by a plain computation that shares nothing with `src/stats`: the end-to-end tests compare the combined
 * circular's text with these.
 */
import {
  isWebsiteOpenAt,
  monthEnd,
  type PlannedWebsite,
  type PlannedWebsiteCheck,
  WEBSITE_CHECKS,
  WEBSITES,
  websiteRowFails,
} from '../../scripts/county-sample/plan.js';
import { rateText, shownRate } from './county-figures.js';

/** The spellings the plan types, folded by hand onto the website categories the circular prints. */
const VETO_OF: Record<string, string> = {
  网站无法访问: '站点无法访问',
  首页长期不更新: '首页不更新',
  栏目长期不更新: '栏目不更新',
  栏目不更新: '栏目不更新',
  空白栏目过多: '空白栏目',
  严重表述错误: '严重错误',
  留言长期未回复: '互动回应差',
  互动功能不可用: '互动回应差',
};
const DEDUCTION_OF: Record<string, string> = {
  错别字: '错别字',
  错敏字: '错别字',
  栏目更新不及时: '栏目更新不及时',
  链接失效: '链接不可用',
  错链断链: '链接不可用',
  链接不可用: '链接不可用',
  留言回复不及时: '互动回应不及时',
  办事指南要素缺失: '办事服务不实用',
};
/** The config's default orders of the website categories. */
const VETO_ORDER = [
  '安全问题',
  '站点无法访问',
  '首页不更新',
  '栏目不更新',
  '空白栏目',
  '严重错误',
  '互动回应差',
];
const DEDUCTION_ORDER = ['栏目更新不及时', '错别字', '链接不可用', '互动回应不及时', '办事服务不实用'];

function byCategory(
  rows: readonly PlannedWebsiteCheck[],
  pick: (r: PlannedWebsiteCheck) => string | undefined,
  table: Record<string, string>,
  order: readonly string[],
): { category: string; websites: string[] }[] {
  const sets = new Map<string, Set<PlannedWebsite>>();
  for (const r of rows) {
    const cell = pick(r);
    if (!cell) continue;
    for (const piece of cell.split(/[、，,；;]/)) {
      const name = table[piece.trim()];
      if (!name) throw new Error(`the test's table lacks the spelling ${piece}`);
      sets.set(name, (sets.get(name) ?? new Set()).add(r.website));
    }
  }
  return order
    .filter((c) => sets.has(c))
    .map((c) => ({ category: c, websites: WEBSITES.filter((w) => sets.get(c)!.has(w)).map((w) => w.name) }));
}

/** What a circular of `months` states about the websites in those months alone. */
function periodFigures(months: readonly string[]) {
  const asOf = monthEnd(months.at(-1)!);
  const open = WEBSITES.filter((w) => isWebsiteOpenAt(w, asOf));
  const rows = WEBSITE_CHECKS.filter((c) => months.includes(c.month) && open.includes(c.website));
  const checked = open.filter((w) => rows.some((r) => r.website === w));
  const failing = new Set(rows.filter(websiteRowFails).map((r) => r.website));
  const unqualified = open.filter((w) => failing.has(w));
  const passed = checked.length - unqualified.length;
  return {
    registered: open.length,
    byType: (['门户网站', '部门网站', '专项网站'] as const).map(
      (t) => open.filter((w) => w.siteType === t).length,
    ),
    checked: checked.length,
    sampled: checked.length < open.length,
    coverageText: rateText(checked.length, open.length),
    unqualified,
    passRateText: checked.length > 0 ? rateText(passed, checked.length) : null,
    shownRate: shownRate(passed, checked.length),
    veto: byCategory(rows, (r) => r.veto, VETO_OF, VETO_ORDER),
    deductions: byCategory(rows, (r) => r.deduction, DEDUCTION_OF, DEDUCTION_ORDER),
    rows,
    failing,
    checkedSites: checked,
  };
}

/** Everything a combined circular of `months` states about the websites, against `previousMonths`. */
export function websiteFiguresOf(months: readonly string[], previousMonths: readonly string[] = []) {
  const now = periodFigures(months);
  const before = previousMonths.length > 0 ? periodFigures(previousMonths) : null;
  const stillOpen = (w: PlannedWebsite) => isWebsiteOpenAt(w, monthEnd(months.at(-1)!));
  return {
    ...now,
    /** Percentage points, from the two rounded rates. */
    change: before ? Math.round((now.shownRate - before.shownRate) * 10) / 10 : null,
    /** Unqualified now and in the previous period. */
    repeated: before ? now.unqualified.filter((w) => before.failing.has(w)).map((w) => w.name) : [],
    /** The previous period's unqualified websites still open, checked now and passing now. */
    fixed: before
      ? before.unqualified
          .filter((w) => stillOpen(w) && now.checkedSites.includes(w) && !now.failing.has(w))
          .map((w) => w.name)
      : [],
    stillFailing: before
      ? before.unqualified.filter((w) => stillOpen(w) && now.failing.has(w)).map((w) => w.name)
      : [],
  };
}

/** The 存在问题 cell of a website's row in 不合格政府网站名单: each failing row's reason, in month order. */
export function reasonsOf(w: PlannedWebsite, months: readonly string[]): string {
  return WEBSITE_CHECKS.filter((c) => c.website === w && months.includes(c.month) && websiteRowFails(c))
    .map((c) =>
      c.veto ? (c.problem ? `${c.veto}：${c.problem}` : c.veto) : `得分${c.score}分，低于合格线80分`,
    )
    .join('；');
}
