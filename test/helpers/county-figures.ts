/**
 * The county sample's figures computed straight from its plan (`scripts/county-sample/plan.ts`), by a
 * plain computation that shares nothing with `src/stats`: the end-to-end tests compare the circular's
 * text with these.
 */
import {
  ACCOUNTS,
  CHECKS,
  COUNTY_LEVEL,
  isRegisteredAt,
  monthEnd,
  type PlannedAccount,
  type PlannedCheck,
  TOWNSHIPS,
  UNREGISTERED,
} from '../../scripts/county-sample/plan.js';

/** The spellings the plan types, folded by hand onto the category names the circular prints. */
const VETO_OF: Record<string, string> = {
  安全问题: '安全问题',
  严重表述错误: '安全问题',
  内容不更新: '内容不更新',
  两周未更新: '内容不更新',
  长期不更新: '内容不更新',
  互动回应差: '互动回应差',
  留言未回复: '互动回应差',
  留言长期未回复: '互动回应差',
};
const DEDUCTION_OF: Record<string, string> = {
  内容更新不及时: '内容更新不及时',
  更新不及时: '内容更新不及时',
  错别字: '错别字',
  错敏字: '错别字',
  功能无法使用: '功能无法使用',
};
/** The config's default orders. */
const VETO_ORDER = ['安全问题', '内容不更新', '互动回应差'];
const DEDUCTION_ORDER = ['内容更新不及时', '错别字', '功能无法使用'];

/** `名称(平台)` with the platform as the registry typed it (the sample's `accountLabel: "typed"`). */
export const labelOf = (a: { name: string; platform: string }): string => `${a.name}(${a.platform})`;

/** A rate as the circulars print it: one decimal, exactly 100 % as 100%, never 100% below it. */
export function rateText(passed: number, of: number): string {
  if (passed === of) return '100%';
  const shown = Math.min(Math.round((passed / of) * 1000) / 10, 99.9);
  return `${shown.toFixed(1)}%`;
}

/** A change of rate in percentage points as the circular words it. */
export function changeWords(change: number): string {
  const points = Math.abs(change).toFixed(1).replace(/\.0$/, '');
  if (change > 0) return `提升${points}个百分点`;
  if (change < 0) return `下降${points}个百分点`;
  return '持平';
}

/** The rounded rate in percent, as the change between two periods is taken. */
export function shownRate(passed: number, of: number): number {
  return passed === of ? 100 : Math.min(Math.round((passed / of) * 1000) / 10, 99.9);
}

function categoriesOf(cell: string | undefined, table: Record<string, string>): string[] {
  if (!cell) return [];
  return cell.split(/[、，,；;]/).map((piece) => {
    const name = table[piece.trim()];
    if (!name) throw new Error(`the test's table lacks the spelling ${piece}`);
    return name;
  });
}

function byCategory(
  rows: readonly PlannedCheck[],
  pick: (r: PlannedCheck) => string | undefined,
  table: Record<string, string>,
  order: readonly string[],
): { category: string; accounts: string[] }[] {
  const sets = new Map<string, Set<PlannedAccount>>();
  for (const r of rows)
    for (const c of categoriesOf(pick(r), table)) sets.set(c, (sets.get(c) ?? new Set()).add(r.account));
  return order
    .filter((c) => sets.has(c))
    .map((c) => ({ category: c, accounts: ACCOUNTS.filter((a) => sets.get(c)!.has(a)).map(labelOf) }));
}

/** What a circular of `months` states about those months alone. */
function periodFigures(months: readonly string[]) {
  const asOf = monthEnd(months.at(-1)!);
  const registered = ACCOUNTS.filter((a) => isRegisteredAt(a, asOf));
  const rows = CHECKS.filter((c) => months.includes(c.month) && registered.includes(c.account));
  const checked = registered.filter((a) => rows.some((r) => r.account === a));
  const failing = new Set(rows.filter((r) => r.veto).map((r) => r.account));
  const unqualified = registered.filter((a) => failing.has(a));
  const perMonth = months.map((m) => ({
    month: Number(m.slice(5)),
    unqualified: new Set(rows.filter((r) => r.month === m && r.veto).map((r) => r.account)).size,
  }));
  const level = (city: boolean) => {
    const mine = checked.filter((a) => (a.district === COUNTY_LEVEL) === city);
    const bad = mine.filter((a) => failing.has(a)).length;
    return rateText(mine.length - bad, mine.length);
  };
  const fullTownships = TOWNSHIPS.filter((t) => {
    const mine = checked.filter((a) => a.district === t);
    return mine.length > 0 && mine.every((a) => !failing.has(a));
  });
  return {
    registered: registered.length,
    byType: (['微信公众号', '微博', '移动客户端', '其他'] as const).map(
      (b) => registered.filter((a) => a.bucket === b).length,
    ),
    checked: checked.length,
    sampled: checked.length < registered.length,
    coverageText: rateText(checked.length, registered.length),
    unqualified: unqualified.length,
    unqualifiedAccounts: unqualified,
    passRateText: rateText(checked.length - unqualified.length, checked.length),
    shownRate: shownRate(checked.length - unqualified.length, checked.length),
    perMonth,
    cityRate: level(true),
    districtRate: level(false),
    fullTownships,
    veto: byCategory(rows, (r) => r.veto, VETO_OF, VETO_ORDER),
    deductions: byCategory(rows, (r) => r.deduction, DEDUCTION_OF, DEDUCTION_ORDER),
    unregistered: UNREGISTERED.filter((u) => months.includes(u.month)),
    checkedAccounts: checked,
    failing,
  };
}

/** Everything a circular of `months` states, with the comparison to `previousMonths` where given. */
export function figuresOf(months: readonly string[], previousMonths: readonly string[] = []) {
  const now = periodFigures(months);
  const before = previousMonths.length > 0 ? periodFigures(previousMonths) : null;
  const previous = before
    ? {
        unqualified: before.unqualifiedAccounts,
        /** Percentage points, from the two rounded rates. */
        change: Math.round((now.shownRate - before.shownRate) * 10) / 10,
      }
    : null;
  return {
    ...now,
    previous,
    /** Unqualified now and in the previous period. */
    repeated: previous
      ? now.unqualifiedAccounts.filter((a) => previous.unqualified.includes(a)).map(labelOf)
      : [],
    /** The previous period's unqualified accounts checked now and not failing now. */
    fixed: previous
      ? previous.unqualified
          .filter((a) => now.checkedAccounts.includes(a) && !now.failing.has(a))
          .map(labelOf)
      : [],
  };
}

/**
 * The always-100 accounts of a period ending with `lastMonth` (docs/workspace.md §6): registered at its
 * end, with at least one 全面检查 from January of its year on, every such score 100 and no veto then.
 */
export function perfectFrom(lastMonth: string): string[] {
  const asOf = monthEnd(lastMonth);
  const since = CHECKS.filter((c) => c.month >= `${lastMonth.slice(0, 4)}-01` && c.month <= lastMonth);
  return ACCOUNTS.filter((a) => isRegisteredAt(a, asOf))
    .filter((a) => {
      const mine = since.filter((c) => c.account === a);
      const full = mine.filter((c) => c.kind === '全面检查');
      return full.length > 0 && full.every((c) => c.score === 100) && mine.every((c) => !c.veto);
    })
    .map(labelOf);
}
