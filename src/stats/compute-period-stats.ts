import type { CheckKind, CheckRecord } from '../checks/check-record.js';
import type { Config } from '../config/schema.js';
import { formatRate, rateChange } from '../domain/format-rate.js';
import { type Period, previousPeriod } from '../domain/period.js';
import { accountLabel, PLATFORM_BUCKETS, type PlatformBucket } from '../domain/platform-buckets.js';
import { CITY_LEVEL, isRegisteredAt, type RegistryAccount } from '../registry/account.js';
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

/** Validated input of the statistics: the registry in its order and the linked check records. */
export interface StatsInput {
  config: Config;
  accounts: readonly RegistryAccount[];
  records: readonly CheckRecord[];
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

/** Records of months within [from, to] (`YYYY-MM`), for registered accounts only. */
function recordsBetween(
  input: StatsInput,
  registered: ReadonlySet<number>,
  from: string,
  to: string,
): CheckRecord[] {
  return input.records.filter((r) => r.month >= from && r.month <= to && registered.has(r.account));
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

/** Per month with checks: its kind (全面检查 when any full check took place) and counts. */
function monthFigures(records: readonly CheckRecord[], months: readonly string[]): MonthStats[] {
  const result: MonthStats[] = [];
  for (const month of months) {
    const inMonth = records.filter((r) => r.month === month);
    if (inMonth.length === 0) continue;
    const kind: CheckKind = inMonth.some((r) => r.kind === '全面检查') ? '全面检查' : '单否专项检查';
    const checked = new Set(inMonth.map((r) => r.account));
    const failed = new Set(inMonth.filter((r) => r.failed).map((r) => r.account));
    result.push({ month, kind, checked: checked.size, unqualified: failed.size });
  }
  return result;
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
function perfectAccounts(
  input: StatsInput,
  registered: readonly RegistryAccount[],
  period: Period,
): AccountRef[] {
  const indexes = new Set(registered.map((a) => a.index));
  const yearRecords = recordsBetween(input, indexes, `${period.year}-01`, period.months.at(-1)!);
  const hasFull = new Set<number>();
  const spoiled = new Set<number>();
  for (const r of yearRecords) {
    if (r.failed) spoiled.add(r.account);
    if (r.kind === '全面检查') {
      hasFull.add(r.account);
      if (r.score !== 100) spoiled.add(r.account);
    }
  }
  return registered.filter((a) => hasFull.has(a.index) && !spoiled.has(a.index)).map(accountRef);
}

function districtFigures(
  registered: readonly RegistryAccount[],
  records: readonly CheckRecord[],
  config: Config,
): DistrictStats[] {
  const checked = new Set(records.map((r) => r.account));
  const failed = new Set(records.filter((r) => r.failed).map((r) => r.account));
  return [...config.districts, CITY_LEVEL].map((district) => {
    const inDistrict = registered.filter((a) => a.district === district);
    const c = inDistrict.filter((a) => checked.has(a.index)).length;
    const u = inDistrict.filter((a) => failed.has(a.index)).length;
    return {
      district,
      registered: inDistrict.length,
      checked: c,
      unqualified: u,
      ...rateFigures(c - u, c, config.rateDecimals),
    };
  });
}

function provincialFigures(config: Config, period: Period): ProvincialStats | null {
  const entry = config.provincial[period.id];
  if (!entry) return null;
  return { ...entry, ...rateFigures(entry.passed, entry.checked, config.rateDecimals) };
}

interface Headline {
  registered: RegistryAccount[];
  records: CheckRecord[];
  checked: number;
  unqualified: UnqualifiedAccount[];
}

/** The figures every period shares: who is registered, what was checked, who failed. */
function headline(input: StatsInput, period: Period): Headline {
  const registered = registeredAccounts(input.accounts, period.end);
  const indexes = new Set(registered.map((a) => a.index));
  const records = recordsBetween(input, indexes, period.months[0]!, period.months.at(-1)!);
  const byIndex = new Map(registered.map((a) => [a.index, a]));
  const checked = new Set(records.map((r) => r.account)).size;
  return { registered, records, checked, unqualified: unqualifiedAccounts(records, byIndex) };
}

/** The previous period's headline, or null when the workspace has no checks for it. */
function previousFigures(input: StatsInput, period: Period, current: RateFigures): PreviousStats | null {
  const prev = previousPeriod(period);
  const h = headline(input, prev);
  if (h.records.length === 0) return null;
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

/** The statistics of one period (DATA.md §5), a pure function of validated records. */
export function computePeriodStats(input: StatsInput, period: Period): PeriodStats {
  // Step 1: registered accounts at the period end, and their checks within the period.
  const h = headline(input, period);
  const decimals = input.config.rateDecimals;
  const rate = rateFigures(h.checked - h.unqualified.length, h.checked, decimals);
  // Step 2: lists and breakdowns.
  const reposting = new Set(h.records.filter((r) => r.reposting).map((r) => r.account));
  const perfect = perfectAccounts(input, h.registered, period);
  const repostingAccounts = h.registered.filter((a) => reposting.has(a.index)).map(accountRef);
  return {
    period: period.id,
    asOf: period.end,
    registered: countRegistered(h.registered, input.config),
    checked: h.checked,
    unqualified: { count: h.unqualified.length, accounts: h.unqualified },
    qualified: h.checked - h.unqualified.length,
    ...rate,
    months: monthFigures(h.records, period.months),
    perfectScore: { count: perfect.length, accounts: perfect },
    reposting: { count: repostingAccounts.length, accounts: repostingAccounts },
    byDistrict: districtFigures(h.registered, h.records, input.config),
    provincial: provincialFigures(input.config, period),
    // Step 3: the comparison with the period before.
    previous: previousFigures(input, period, rate),
  };
}
