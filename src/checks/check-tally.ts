/**
 * What the statistics and the period rules keep of the linked checks: per month, one byte of flags per
 * account, and the failed checks in full (they are few, and the list of unqualified accounts prints
 * their reasons). A workspace of 100,000 accounts and six months of results keeps 600 KB of flags
 * instead of a record per result row.
 */
import type { Rectification } from '../domain/vocabulary.js';
import type { CheckRecord, CheckRow } from './check-record.js';

/** Flag: the account had a 单否专项检查 in the month. */
export const SPOT_CHECKED = 1;
/** Flag: the account had a 全面检查 in the month. */
export const FULL_CHECKED = 2;
/** Either kind of check. */
export const CHECKED = SPOT_CHECKED | FULL_CHECKED;
/** Flag: a check of the month failed. */
export const FAILED = 4;
/** Flag: a check of the month marked it 转载权威信息. */
export const REPOSTING = 8;
/** Flag: a 全面检查 of the month scored other than 100 (or had no score). */
export const BELOW_100 = 16;

/** The flags one check sets. */
export function checkFlags(record: CheckRecord): number {
  let flags = record.kind === '全面检查' ? FULL_CHECKED : SPOT_CHECKED;
  if (record.failed) flags |= FAILED;
  if (record.reposting) flags |= REPOSTING;
  if (record.kind === '全面检查' && record.score !== 100) flags |= BELOW_100;
  return flags;
}

/** The 扣分情形 categories of one linked check (a deduction does not fail it, so failures miss it). */
export interface DeductionNote {
  account: number;
  month: string;
  categories: readonly string[];
}

/** The 整改情况 of one linked check. */
export interface RectificationNote {
  account: number;
  month: string;
  status: Rectification;
}

/**
 * Per-account aggregates of the linked checks, built as rows stream in. The flags of a month are the
 * union of its checks', so adding a check twice changes nothing but the list of failures.
 * NOTE: the linker adds the first record of each check (account, month, kind) only; repeats are folded
 * or reported there.
 */
export class CheckTally {
  /** Month `YYYY-MM` → flags by account index. */
  private readonly byMonth = new Map<string, Uint8Array>();
  private readonly failed: CheckRecord[] = [];
  private readonly deductionList: DeductionNote[] = [];
  private readonly rectificationList: RectificationNote[] = [];
  private readonly unregisteredRows: CheckRow[] = [];

  /** `size`: one more than the largest account index (the registry's length). */
  constructor(readonly size: number) {}

  /** Adds one linked check. */
  add(record: CheckRecord): void {
    let flags = this.byMonth.get(record.month);
    if (!flags) {
      flags = new Uint8Array(this.size);
      this.byMonth.set(record.month, flags);
    }
    flags[record.account]! |= checkFlags(record);
    if (record.failed) this.failed.push(record);
    if (record.deductions !== undefined && record.deductions.length > 0)
      this.deductionList.push({
        account: record.account,
        month: record.month,
        categories: record.deductions,
      });
    if (record.rectification !== undefined)
      this.rectificationList.push({
        account: record.account,
        month: record.month,
        status: record.rectification,
      });
  }

  /** Adds a row marked 未备案: an account found unregistered, kept as read (they are few). */
  addUnregistered(row: CheckRow): void {
    this.unregisteredRows.push(row);
  }

  /** The months with at least one check, in order. */
  months(): string[] {
    return [...this.byMonth.keys()].sort();
  }

  /** The flags of each account index in a month, or undefined when the month had no checks. */
  flagsOf(month: string): Uint8Array | undefined {
    return this.byMonth.get(month);
  }

  /** The failed checks, in the order they were added. */
  failures(): readonly CheckRecord[] {
    return this.failed;
  }

  /** The checks' 扣分情形, in the order they were added. */
  deductions(): readonly DeductionNote[] {
    return this.deductionList;
  }

  /** The checks' 整改情况, in the order they were added. */
  rectifications(): readonly RectificationNote[] {
    return this.rectificationList;
  }

  /** The rows of accounts found unregistered, in the order they were added. */
  unregistered(): readonly CheckRow[] {
    return this.unregisteredRows;
  }
}

/** One more than the largest account index: the size of a tally of these accounts. */
export function tallySize(accounts: readonly { index: number }[]): number {
  let size = 0;
  for (const a of accounts) if (a.index >= size) size = a.index + 1;
  return size;
}

/**
 * A tally of already linked records (a script's or a test's own), `size` as in `CheckTally`, with the
 * rows of accounts found unregistered.
 */
export function tallyRecords(
  records: Iterable<CheckRecord>,
  size: number,
  unregistered: Iterable<CheckRow> = [],
): CheckTally {
  const tally = new CheckTally(size);
  for (const record of records) tally.add(record);
  for (const row of unregistered) tally.addUnregistered(row);
  return tally;
}
