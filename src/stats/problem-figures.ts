/**
 * The period's problems by category (docs/workspace.md §6): each 否决情形 category with the accounts
 * failed on it, each 扣分情形 category with the accounts deducted for it — registered accounts and
 * checks within the period, distinct accounts, one account in as many categories as it was named in.
 */
import type { Config } from '../config/schema.js';
import { categoryOrder, type ProblemCategory } from '../domain/problem-categories.js';
import type { RegistryAccount } from '../registry/account.js';
import { accountRef, type Headline, type StatsInput } from './headline.js';
import type { CategoryStats, ProblemStats } from './types.js';

/** Category → the registry indices named in it, in the order first met. */
type Members = Map<string, Set<number>>;

function addTo(members: Members, category: string, account: number): void {
  let set = members.get(category);
  if (!set) {
    set = new Set();
    members.set(category, set);
  }
  set.add(account);
}

/**
 * The categories in the config's order, then the others by count (most first) and name.
 * NOTE: a category nobody was named in is left out, so a template's list has no empty entry.
 */
function ordered(
  members: Members,
  categories: readonly ProblemCategory[],
  byIndex: ReadonlyMap<number, RegistryAccount>,
  config: Config,
): CategoryStats[] {
  const order = categoryOrder(categories);
  const rank = (c: string) => order.get(c) ?? Number.POSITIVE_INFINITY;
  const stats = [...members].map(([category, set]) => {
    const accounts = [...set]
      .sort((a, b) => a - b)
      .map((i) => accountRef(byIndex.get(i)!, config.accountLabel));
    return { category, known: order.has(category), count: accounts.length, accounts };
  });
  return stats.sort(
    (a, b) =>
      rank(a.category) - rank(b.category) ||
      b.count - a.count ||
      (a.category < b.category ? -1 : a.category > b.category ? 1 : 0),
  );
}

/** The 否决情形 and 扣分情形 categories of the period's checks of registered accounts. */
export function problemFigures(input: StatsInput, h: Headline): ProblemStats {
  const veto: Members = new Map();
  for (const r of h.period.failures) for (const c of r.vetoCategories ?? []) addTo(veto, c, r.account);
  const deductions: Members = new Map();
  const from = h.period.from;
  const to = h.period.to;
  for (const note of input.checks.deductions()) {
    if (note.month < from || note.month > to || h.isRegistered[note.account] !== 1) continue;
    for (const c of note.categories) addTo(deductions, c, note.account);
  }
  // Only the accounts named are looked up by index.
  const named = new Set<number>();
  for (const set of [...veto.values(), ...deductions.values()]) for (const i of set) named.add(i);
  const byIndex = new Map<number, RegistryAccount>();
  for (const a of h.registered) if (named.has(a.index)) byIndex.set(a.index, a);
  const { config } = input;
  return {
    veto: ordered(veto, config.vetoCategories, byIndex, config),
    deductions: ordered(deductions, config.deductionCategories, byIndex, config),
  };
}
