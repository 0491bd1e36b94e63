/**
 * What every period's figures start from (docs/workspace.md §6): the accounts registered at the period's
 * end, their checks within it, and who failed. The statistics' modules share it; it is computed once per
 * period and handed on.
 */
import type { CheckRecord, CheckRow } from '../checks/check-record.js';
import {
  CHECKED,
  type CheckTally,
  FAILED,
  FULL_CHECKED,
  tallyRecords,
  tallySize,
} from '../checks/check-tally.js';
import type { Config } from '../config/schema.js';
import { formatRate } from '../domain/format-rate.js';
import type { Period } from '../domain/period.js';
import { accountLabel } from '../domain/platform-buckets.js';
import { isRegisteredAt, type RegistryAccount } from '../registry/account.js';
import type { AccountRef, MonthStats, RateFigures, UnqualifiedAccount } from './types.js';

/** Validated input of the statistics: the registry in its order and the linked checks' tally. */
export interface StatsInput {
  config: Config;
  accounts: readonly RegistryAccount[];
  checks: CheckTally;
  /** The registry's government websites (their own index space) and their checks' tally. */
  websites?: WebsitesInput;
}

/** The government websites and their checks, kept apart from the accounts (docs/workspace.md §11). */
export interface WebsitesInput {
  accounts: readonly RegistryAccount[];
  checks: CheckTally;
}

/** The statistics' input as linked records (a script's or a test's own): they are tallied first. */
export interface StatsRecordsInput {
  config: Config;
  accounts: readonly RegistryAccount[];
  records: readonly CheckRecord[];
  /** Rows marked 未备案 (accounts found unregistered), never linked. */
  unregistered?: readonly CheckRow[];
  /** The government websites and their linked records, in the same shape. */
  websites?: Omit<StatsRecordsInput, 'config' | 'websites'>;
}

/** The input with its checks tallied (records are tallied once, here). */
export function tallied(input: StatsInput | StatsRecordsInput): StatsInput {
  if ('checks' in input) return input;
  const checks = tallyRecords(input.records, tallySize(input.accounts), input.unregistered);
  const websites = input.websites;
  if (!websites) return { config: input.config, accounts: input.accounts, checks };
  const siteChecks = tallyRecords(websites.records, tallySize(websites.accounts), websites.unregistered);
  return {
    config: input.config,
    accounts: input.accounts,
    checks,
    websites: { accounts: websites.accounts, checks: siteChecks },
  };
}

/** A pass rate and its printed form; null when nothing was checked. */
export function rateFigures(passed: number, checked: number, decimals: number): RateFigures {
  const passRate = checked === 0 ? null : passed / checked;
  return { passRate, passRateText: formatRate(passRate, decimals) };
}

/** How an account is named in text: by its bucket (default) or by the platform as typed (config `accountLabel`). */
export type LabelMode = Config['accountLabel'];

/** The account as the lists print it; `label` by the config's `accountLabel`. */
export function accountRef(account: RegistryAccount, mode: LabelMode = 'bucket'): AccountRef {
  const site = account.website;
  const ref: AccountRef = {
    name: account.name,
    platform: account.platform,
    platformRaw: account.platformRaw,
    operator: account.operator,
    district: account.district,
    // A website is named by its name alone (docs/workspace.md §11).
    label: site
      ? account.name
      : accountLabel(account.name, mode === 'typed' ? account.platformRaw : account.platform),
  };
  if (!site) return ref;
  return { ...ref, siteId: site.siteId ?? null, siteType: site.siteType, url: site.url ?? null };
}

/** 1 at the index of each account in the list. */
export function indexFlags(accounts: readonly RegistryAccount[], size: number): Uint8Array {
  const flags = new Uint8Array(size);
  for (const a of accounts) flags[a.index] = 1;
  return flags;
}

/** The months of the tally from `from` to `to` (`YYYY-MM`, both included), in order. */
export function monthsBetween(checks: CheckTally, from: string, to: string): string[] {
  return checks.months().filter((m) => m >= from && m <= to);
}

/** What the checks of a period, of registered accounts only, say. */
export interface PeriodChecks {
  /** The period's first and last month, `YYYY-MM`. */
  from: string;
  to: string;
  /** Per account index: the union of its flags over the period's months. */
  flags: Uint8Array;
  /** Accounts with at least one check. */
  checked: number;
  /** The failed checks, in the order they were linked. */
  failures: CheckRecord[];
  /** Per month with checks, in the period's order. */
  months: MonthStats[];
}

/**
 * The checks of `months` for the accounts flagged in `registered`, month by month over the tally.
 * NOTE: a month's kind is 全面检查 when any full check took place in it.
 */
function periodChecks(checks: CheckTally, registered: Uint8Array, months: readonly string[]): PeriodChecks {
  const from = months[0]!;
  const to = months.at(-1)!;
  const flags = new Uint8Array(registered.length);
  const tallies = new Map<string, MonthStats>();
  for (const month of monthsBetween(checks, from, to)) {
    const ofMonth = checks.flagsOf(month)!;
    const n = Math.min(ofMonth.length, registered.length);
    let checked = 0;
    let unqualified = 0;
    let full = false;
    for (let i = 0; i < n; i++) {
      const f = ofMonth[i]!;
      if (f === 0 || registered[i] !== 1) continue;
      checked++;
      if ((f & FAILED) !== 0) unqualified++;
      if ((f & FULL_CHECKED) !== 0) full = true;
      flags[i]! |= f;
    }
    if (checked === 0) continue;
    tallies.set(month, { month, kind: full ? '全面检查' : '单否专项检查', checked, unqualified });
  }
  let checked = 0;
  for (const f of flags) if ((f & CHECKED) !== 0) checked++;
  const failures = checks
    .failures()
    .filter((r) => r.month >= from && r.month <= to && registered[r.account] === 1);
  const monthStats: MonthStats[] = [];
  for (const month of months) {
    const tally = tallies.get(month);
    if (tally) monthStats.push(tally);
  }
  return { from, to, flags, checked, failures, months: monthStats };
}

/** Accounts registered at `asOf`, in registry order. */
export function registeredAccounts(accounts: readonly RegistryAccount[], asOf: string): RegistryAccount[] {
  return accounts.filter((a) => isRegisteredAt(a, asOf));
}

/** Unqualified accounts in registry order, with their reasons (month-prefixed, de-duplicated). */
function unqualifiedAccounts(
  records: readonly CheckRecord[],
  byIndex: ReadonlyMap<number, RegistryAccount>,
  mode: LabelMode,
): UnqualifiedAccount[] {
  const failures = new Map<number, CheckRecord[]>();
  for (const r of records) {
    if (!r.failed) continue;
    const list = failures.get(r.account) ?? [];
    list.push(r);
    failures.set(r.account, list);
  }
  return [...failures.keys()]
    .sort((a, b) => a - b)
    .map((index) => {
      const failed = (failures.get(index) ?? []).sort((a, b) =>
        a.month < b.month ? -1 : a.month > b.month ? 1 : 0,
      );
      const reasons = [...new Set(failed.flatMap((r) => r.reasons))];
      const months = [...new Set(failed.map((r) => r.month))];
      return { ...accountRef(byIndex.get(index)!, mode), reasons, months };
    });
}

/** The figures every period shares. */
export interface Headline {
  registered: RegistryAccount[];
  /** 1 at the index of each registered account. */
  isRegistered: Uint8Array;
  period: PeriodChecks;
  checked: number;
  unqualified: UnqualifiedAccount[];
  /** The registry index of each account of `unqualified`, in the same order. */
  unqualifiedIndices: number[];
}

/** The figures every period shares: who is registered, what was checked, who failed. */
export function headline(input: StatsInput, period: Period): Headline {
  const registered = registeredAccounts(input.accounts, period.end);
  const isRegistered = indexFlags(registered, tallySize(input.accounts));
  const checks = periodChecks(input.checks, isRegistered, period.months);
  // Only the failed accounts are looked up by index: a Map of every registered account would cost more.
  const byIndex = new Map<number, RegistryAccount>();
  for (const a of registered) if ((checks.flags[a.index]! & FAILED) !== 0) byIndex.set(a.index, a);
  const unqualified = unqualifiedAccounts(checks.failures, byIndex, input.config.accountLabel);
  const unqualifiedIndices = [...byIndex.keys()].sort((a, b) => a - b);
  return {
    registered,
    isRegistered,
    period: checks,
    checked: checks.checked,
    unqualified,
    unqualifiedIndices,
  };
}
