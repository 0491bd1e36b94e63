/**
 * Follow-up of the previous period of the same kind (docs/workspace.md §6): the accounts unqualified
 * in both (连续两期不合格), and the re-check of the previous period's unqualified accounts.
 */
import { CHECKED, FAILED } from '../checks/check-tally.js';
import type { Rectification } from '../domain/vocabulary.js';
import type { Headline, StatsInput } from './headline.js';
import type { FollowUpStats, RecheckStats, UnqualifiedAccount } from './types.js';

/** Per registry index, the latest 整改情况 of the period (by month, then as linked). */
function latestMarks(input: StatsInput, h: Headline): Map<number, Rectification> {
  const latest = new Map<number, { month: string; status: Rectification }>();
  for (const note of input.checks.rectifications()) {
    if (note.month < h.period.from || note.month > h.period.to) continue;
    if (h.isRegistered[note.account] !== 1) continue;
    const seen = latest.get(note.account);
    if (!seen || note.month >= seen.month) latest.set(note.account, note);
  }
  return new Map([...latest].map(([i, m]) => [i, m.status]));
}

type Outcome = keyof RecheckStats;

/**
 * What became of one of the previous period's unqualified accounts. NOTE: the order decides: failing
 * again outweighs a 已整改 mark, a mark outweighs a passed check.
 */
function outcome(flags: number, mark: Rectification | undefined): Outcome {
  if ((flags & FAILED) !== 0) return 'stillFailing';
  if (mark === '已整改') return 'fixed';
  if (mark !== undefined) return 'stillFailing';
  return (flags & CHECKED) !== 0 ? 'fixed' : 'notRechecked';
}

/**
 * The re-check of `previous`'s unqualified accounts in the period of `current`, of those still
 * registered at its end (docs/workspace.md §6).
 */
function recheck(input: StatsInput, current: Headline, previous: Headline): RecheckStats {
  const marks = latestMarks(input, current);
  const lists: Record<Outcome, UnqualifiedAccount[]> = { fixed: [], stillFailing: [], notRechecked: [] };
  previous.unqualified.forEach((account, i) => {
    const index = previous.unqualifiedIndices[i]!;
    // Closed (注销, 关停) since: nothing left to re-check, so in none of the three lists.
    if (current.isRegistered[index] !== 1) return;
    lists[outcome(current.period.flags[index] ?? 0, marks.get(index))].push(account);
  });
  const list = (accounts: UnqualifiedAccount[]) => ({ count: accounts.length, accounts });
  return {
    fixed: list(lists.fixed),
    stillFailing: list(lists.stillFailing),
    notRechecked: list(lists.notRechecked),
  };
}

/** The follow-up figures; `previous` null when the workspace has no checks of the previous period. */
export function followUpFigures(
  input: StatsInput,
  current: Headline,
  previous: Headline | null,
): FollowUpStats {
  if (!previous) return { repeated: [], recheck: null };
  const before = new Set(previous.unqualifiedIndices);
  const repeated = current.unqualified.filter((_, i) => before.has(current.unqualifiedIndices[i]!));
  return { repeated, recheck: recheck(input, current, previous) };
}
