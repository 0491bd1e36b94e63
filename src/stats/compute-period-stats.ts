import type { CheckRecord } from '../checks/check-record.js';
import {
  BELOW_100,
  CHECKED,
  type CheckTally,
  FAILED,
  FULL_CHECKED,
  REPOSTING,
  tallyRecords,
  tallySize,
} from '../checks/check-tally.js';
import type { Config } from '../config/schema.js';
import { formatRate, rateChange } from '../domain/format-rate.js';
import { type Period, previousPeriod } from '../domain/period.js';
import { accountLabel, PLATFORM_BUCKETS, type PlatformBucket } from '../domain/platform-buckets.js';
import { CITY_LEVEL } from '../domain/vocabulary.js';
import { isRegisteredAt, type RegistryAccount } from '../registry/account.js';
import type {
  AccountRef,
  DistrictStats,
  MonthStats,
  PeriodStats,
  PreviousStats,
  ProvincialStats,
  RateFigures,
  RegisteredStats,
  UnqualifiedAccount,
} from './types.js';

/** Validated input of the statistics: the registry in its order and the linked checks' tally. */
export interface StatsInput {
  config: Config;
  accounts: readonly RegistryAccount[];
  checks: CheckTally;
}

/** The statistics' input as linked records (a script's or a test's own): they are tallied first. */
export interface StatsRecordsInput {
  config: Config;
  accounts: readonly RegistryAccount[];
  records: readonly CheckRecord[];
}

/** The input with its checks tallied (records are tallied once, here). */
export function tallied(input: StatsInput | StatsRecordsInput): StatsInput {
  if ('checks' in input) return input;
  const checks = tallyRecords(input.records, tallySize(input.accounts));
  return { config: input.config, accounts: input.accounts, checks };
}

/** A pass rate and its printed form; null when nothing was checked. */
export function rateFigures(passed: number, checked: number, decimals: number): RateFigures {
  const passRate = checked === 0 ? null : passed / checked;
  return { passRate, passRateText: formatRate(passRate, decimals) };
}

/** The account as the lists print it. */
export function accountRef(account: RegistryAccount): AccountRef {
  return {
    name: account.name,
    platform: account.platform,
    platformRaw: account.platformRaw,
    operator: account.operator,
    district: account.district,
    label: accountLabel(account.name, account.platform),
  };
}

/** 1 at the index of each account in the list. */
function indexFlags(accounts: readonly RegistryAccount[], size: number): Uint8Array {
  const flags = new Uint8Array(size);
  for (const a of accounts) flags[a.index] = 1;
  return flags;
}

/** The months of the tally from `from` to `to` (`YYYY-MM`, both included), in order. */
function monthsBetween(checks: CheckTally, from: string, to: string): string[] {
  return checks.months().filter((m) => m >= from && m <= to);
}

/** What the checks of a period, of registered accounts only, say. */
interface PeriodChecks {
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
  return { flags, checked, failures, months: monthStats };
}

/** Accounts registered at `asOf`, in registry order. */
export function registeredAccounts(accounts: readonly RegistryAccount[], asOf: string): RegistryAccount[] {
  return accounts.filter((a) => isRegisteredAt(a, asOf));
}

function countRegistered(accounts: readonly RegistryAccount[], config: Config): RegisteredStats {
  const byType = Object.fromEntries(PLATFORM_BUCKETS.map((b) => [b, 0])) as Record<PlatformBucket, number>;
  const byDistrict: Record<string, number> = { [CITY_LEVEL]: 0 };
  for (const d of config.districts) byDistrict[d] = 0;
  let city = 0;
  for (const a of accounts) {
    byType[a.platform]++;
    byDistrict[a.district] = (byDistrict[a.district] ?? 0) + 1;
    if (a.district === CITY_LEVEL) city++;
  }
  return { total: accounts.length, byLevel: { city, district: accounts.length - city }, byType, byDistrict };
}

/** Unqualified accounts in registry order, with their reasons (month-prefixed, de-duplicated). */
function unqualifiedAccounts(
  records: readonly CheckRecord[],
  byIndex: ReadonlyMap<number, RegistryAccount>,
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
      return { ...accountRef(byIndex.get(index)!), reasons, months };
    });
}

/**
 * Accounts registered at `asOf` with at least one 全面检查 from January of that year up to `asOf`,
 * every such score 100 and no failed check in that time.
 */
function perfectAccounts(input: StatsInput, h: Headline, period: Period): AccountRef[] {
  const HAS_FULL = 1;
  const SPOILED = 2;
  const flags = new Uint8Array(h.isRegistered.length);
  for (const month of monthsBetween(input.checks, `${period.year}-01`, period.months.at(-1)!)) {
    const ofMonth = input.checks.flagsOf(month)!;
    const n = Math.min(ofMonth.length, flags.length);
    for (let i = 0; i < n; i++) {
      const f = ofMonth[i]!;
      if (f === 0 || h.isRegistered[i] !== 1) continue;
      if ((f & (FAILED | BELOW_100)) !== 0) flags[i]! |= SPOILED;
      if ((f & FULL_CHECKED) !== 0) flags[i]! |= HAS_FULL;
    }
  }
  return h.registered.filter((a) => flags[a.index] === HAS_FULL).map(accountRef);
}

function districtFigures(h: Headline, config: Config): DistrictStats[] {
  const tallies = new Map<string, { registered: number; checked: number; unqualified: number }>();
  for (const district of [...config.districts, CITY_LEVEL]) {
    tallies.set(district, { registered: 0, checked: 0, unqualified: 0 });
  }
  for (const a of h.registered) {
    const tally = tallies.get(a.district);
    if (!tally) continue;
    const flags = h.period.flags[a.index]!;
    tally.registered++;
    if (flags & CHECKED) tally.checked++;
    if (flags & FAILED) tally.unqualified++;
  }
  return [...tallies].map(([district, t]) => ({
    district,
    registered: t.registered,
    checked: t.checked,
    unqualified: t.unqualified,
    ...rateFigures(t.checked - t.unqualified, t.checked, config.rateDecimals),
  }));
}

function provincialFigures(config: Config, period: Period): ProvincialStats | null {
  const entry = config.provincial[period.id];
  if (!entry) return null;
  return { ...entry, ...rateFigures(entry.passed, entry.checked, config.rateDecimals) };
}

interface Headline {
  registered: RegistryAccount[];
  /** 1 at the index of each registered account. */
  isRegistered: Uint8Array;
  period: PeriodChecks;
  checked: number;
  unqualified: UnqualifiedAccount[];
}

/** The figures every period shares: who is registered, what was checked, who failed. */
function headline(input: StatsInput, period: Period): Headline {
  const registered = registeredAccounts(input.accounts, period.end);
  const isRegistered = indexFlags(registered, tallySize(input.accounts));
  const checks = periodChecks(input.checks, isRegistered, period.months);
  // Only the failed accounts are looked up by index: a Map of every registered account would cost more.
  const byIndex = new Map<number, RegistryAccount>();
  for (const a of registered) if ((checks.flags[a.index]! & FAILED) !== 0) byIndex.set(a.index, a);
  const unqualified = unqualifiedAccounts(checks.failures, byIndex);
  return { registered, isRegistered, period: checks, checked: checks.checked, unqualified };
}

/** The previous period's headline, or null when the workspace has no checks for it. */
function previousFigures(input: StatsInput, period: Period, current: RateFigures): PreviousStats | null {
  const prev = previousPeriod(period);
  const h = headline(input, prev);
  if (h.checked === 0) return null;
  const decimals = input.config.rateDecimals;
  const rate = rateFigures(h.checked - h.unqualified.length, h.checked, decimals);
  return {
    period: prev.id,
    asOf: prev.end,
    registered: h.registered.length,
    checked: h.checked,
    unqualified: h.unqualified.length,
    ...rate,
    passRateChange: rateChange(current.passRate, rate.passRate, decimals),
  };
}

/**
 * The statistics of one period (DATA.md §5), a pure function of the registry and the linked checks
 * (tallied, or as records).
 */
export function computePeriodStats(source: StatsInput | StatsRecordsInput, period: Period): PeriodStats {
  // Step 1: registered accounts at the period end, and their checks within the period.
  const input = tallied(source);
  const h = headline(input, period);
  const decimals = input.config.rateDecimals;
  const rate = rateFigures(h.checked - h.unqualified.length, h.checked, decimals);
  // Step 2: lists and breakdowns.
  const perfect = perfectAccounts(input, h, period);
  const repostingAccounts = h.registered
    .filter((a) => (h.period.flags[a.index]! & REPOSTING) !== 0)
    .map(accountRef);
  return {
    period: period.id,
    asOf: period.end,
    registered: countRegistered(h.registered, input.config),
    checked: h.checked,
    unqualified: { count: h.unqualified.length, accounts: h.unqualified },
    qualified: h.checked - h.unqualified.length,
    ...rate,
    months: h.period.months,
    perfectScore: { count: perfect.length, accounts: perfect },
    reposting: { count: repostingAccounts.length, accounts: repostingAccounts },
    byDistrict: districtFigures(h, input.config),
    provincial: provincialFigures(input.config, period),
    // Step 3: the comparison with the period before.
    previous: previousFigures(input, period, rate),
  };
}
