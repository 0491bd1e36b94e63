/**
 * The statistics of a period computed the plain way, straight from docs/workspace.md §6 over every linked record:
 * filters and sets, no flags. The tally-based `computePeriodStats` must give the same object.
 */
import type { CheckRecord, CheckRow } from '../../src/checks/check-record.js';
import type { Config } from '../../src/config/schema.js';
import { formatRate, rateChange } from '../../src/domain/format-rate.js';
import { nameKey } from '../../src/domain/normalize.js';
import { type Period, parsePeriod, previousPeriod } from '../../src/domain/period.js';
import { accountLabel, PLATFORM_BUCKETS, type PlatformBucket } from '../../src/domain/platform-buckets.js';
import { CITY_LEVEL } from '../../src/domain/vocabulary.js';
import { isRegisteredAt, type RegistryAccount } from '../../src/registry/account.js';
import type {
  AccountRef,
  CategoryStats,
  MonthStats,
  PeriodStats,
  PreviousStats,
  UnqualifiedAccount,
  UnregisteredAccount,
} from '../../src/stats/types.js';

let labelMode: Config['accountLabel'] = 'bucket';

function ref(a: RegistryAccount): AccountRef {
  return {
    name: a.name,
    platform: a.platform,
    platformRaw: a.platformRaw,
    operator: a.operator,
    district: a.district,
    label: accountLabel(a.name, labelMode === 'typed' ? a.platformRaw : a.platform),
  };
}

function rate(passed: number, checked: number, decimals: number) {
  const passRate = checked === 0 ? null : passed / checked;
  return { passRate, passRateText: formatRate(passRate, decimals) };
}

const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

/** The records of registered accounts within the period. */
function within(records: readonly CheckRecord[], registered: readonly RegistryAccount[], period: Period) {
  const indices = new Set(registered.map((a) => a.index));
  const from = period.months[0]!;
  const to = period.months.at(-1)!;
  return records.filter((r) => r.month >= from && r.month <= to && indices.has(r.account));
}

function headline(accounts: readonly RegistryAccount[], records: readonly CheckRecord[], period: Period) {
  const registered = accounts.filter((a) => isRegisteredAt(a, period.end));
  const inPeriod = within(records, registered, period);
  const checked = new Set(inPeriod.map((r) => r.account)).size;
  const unqualified = registered
    .filter((a) => inPeriod.some((r) => r.account === a.index && r.failed))
    .map((a) => {
      const failed = inPeriod
        .filter((r) => r.account === a.index && r.failed)
        .sort((x, y) => (x.month < y.month ? -1 : x.month > y.month ? 1 : 0));
      return {
        ...ref(a),
        reasons: unique(failed.flatMap((r) => r.reasons)),
        months: unique(failed.map((r) => r.month)),
      };
    });
  const failed = new Set(inPeriod.filter((r) => r.failed).map((r) => r.account));
  const failedIndices = registered.filter((a) => failed.has(a.index)).map((a) => a.index);
  return { registered, inPeriod, checked, unqualified, failed, failedIndices };
}

/** Registered, checked, unqualified and the rate of the registered accounts that `pick` keeps. */
function group(h: ReturnType<typeof headline>, pick: (a: RegistryAccount) => boolean, decimals: number) {
  const own = h.registered.filter(pick);
  const checked = own.filter((a) => h.inPeriod.some((r) => r.account === a.index)).length;
  const unqualified = own.filter((a) => h.failed.has(a.index)).length;
  return { registered: own.length, checked, unqualified, ...rate(checked - unqualified, checked, decimals) };
}

/** Categories: the config's in its order, then the others by count and name; empty ones left out. */
function categories(
  pairs: readonly { category: string; account: number }[],
  known: readonly { name: string }[],
  registered: readonly RegistryAccount[],
): CategoryStats[] {
  const names = unique(pairs.map((p) => p.category));
  const stats = names.map((category) => {
    const accounts = registered.filter((a) =>
      pairs.some((p) => p.category === category && p.account === a.index),
    );
    return {
      category,
      known: known.some((k) => k.name === category),
      count: accounts.length,
      accounts: accounts.map(ref),
    };
  });
  const knownStats = known.flatMap((k) => stats.filter((s) => s.category === k.name));
  const others = stats
    .filter((s) => !s.known)
    .sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  return [...knownStats, ...others];
}

/** The follow-up, the plain way. */
function followUp(h: ReturnType<typeof headline>, prev: ReturnType<typeof headline>) {
  if (prev.inPeriod.length === 0) return { repeated: [], recheck: null };
  const repeated = h.unqualified.filter((_, i) => prev.failedIndices.includes(h.failedIndices[i]!));
  const fixed: UnqualifiedAccount[] = [];
  const stillFailing: UnqualifiedAccount[] = [];
  const notRechecked: UnqualifiedAccount[] = [];
  for (const index of prev.failedIndices) {
    const account = prev.unqualified.find((_, i) => prev.failedIndices[i] === index)!;
    // Closed since the previous period: nothing to re-check (docs/workspace.md §6).
    if (!h.registered.some((a) => a.index === index)) continue;
    const own = h.inPeriod.filter((r) => r.account === index);
    const marks = own.filter((r) => r.rectification !== undefined);
    const lastMonth = marks
      .map((r) => r.month)
      .sort()
      .at(-1);
    const last = marks.filter((r) => r.month === lastMonth).at(-1)?.rectification;
    if (own.some((r) => r.failed)) stillFailing.push(account);
    else if (last === '已整改') fixed.push(account);
    else if (last !== undefined) stillFailing.push(account);
    else if (own.length > 0) fixed.push(account);
    else notRechecked.push(account);
  }
  const list = (accounts: UnqualifiedAccount[]) => ({ count: accounts.length, accounts });
  return {
    repeated,
    recheck: { fixed: list(fixed), stillFailing: list(stillFailing), notRechecked: list(notRechecked) },
  };
}

/** The accounts found unregistered, the plain way. */
function unregisteredAccounts(rows: readonly CheckRow[], period: Period): UnregisteredAccount[] {
  const inPeriod = rows.filter((r) => period.months.includes(r.month));
  const key = (r: CheckRow) =>
    `${nameKey(r.name ?? '')}|${r.platform}|${r.platform === '其他' ? nameKey(r.platformRaw ?? '') : ''}`;
  return inPeriod
    .filter((r, i) => inPeriod.findIndex((o) => key(o) === key(r)) === i)
    .map((r) => ({
      name: r.name ?? '',
      platform: r.platform ?? '其他',
      platformRaw: r.platformRaw ?? '',
      district: r.district ?? null,
      operator: r.operator ?? null,
      label: accountLabel(
        r.name ?? '',
        labelMode === 'typed' ? (r.platformRaw ?? '') : (r.platform ?? '其他'),
      ),
      file: r.at.file,
      sheet: r.at.sheet ?? null,
      row: r.at.row ?? null,
      month: r.month,
    }));
}

/** `computePeriodStats`, the plain way. */
export function referencePeriodStats(
  config: Config,
  accounts: readonly RegistryAccount[],
  records: readonly CheckRecord[],
  period: Period,
  unregistered: readonly CheckRow[] = [],
  options: { date?: string; rectifyBy?: string } = {},
): PeriodStats {
  labelMode = config.accountLabel;
  const decimals = config.rateDecimals;
  const h = headline(accounts, records, period);
  const current = rate(h.checked - h.unqualified.length, h.checked, decimals);
  const months: MonthStats[] = period.months
    .filter((m) => h.inPeriod.some((r) => r.month === m))
    .map((month): MonthStats => {
      const ofMonth = h.inPeriod.filter((r) => r.month === month);
      return {
        month,
        kind: ofMonth.some((r) => r.kind === '全面检查') ? '全面检查' : '单否专项检查',
        checked: new Set(ofMonth.map((r) => r.account)).size,
        unqualified: new Set(ofMonth.filter((r) => r.failed).map((r) => r.account)).size,
      };
    });
  const sinceJanuary = within(records, h.registered, {
    ...period,
    months: [`${period.year}-01`, ...period.months],
  });
  const perfect = h.registered.filter((a) => {
    const own = sinceJanuary.filter((r) => r.account === a.index);
    const full = own.filter((r) => r.kind === '全面检查');
    return full.length > 0 && full.every((r) => r.score === 100) && !own.some((r) => r.failed);
  });
  const reposting = h.registered.filter((a) => h.inPeriod.some((r) => r.account === a.index && r.reposting));
  const byType = Object.fromEntries(
    PLATFORM_BUCKETS.map((b) => [b, h.registered.filter((a) => a.platform === b).length]),
  ) as Record<PlatformBucket, number>;
  const byDistrictCount: Record<string, number> = {};
  for (const d of [CITY_LEVEL, ...config.districts])
    byDistrictCount[d] = h.registered.filter((a) => a.district === d).length;
  const city = h.registered.filter((a) => a.district === CITY_LEVEL).length;
  const byDistrict = [...config.districts, CITY_LEVEL].map((district) => {
    const own = h.registered.filter((a) => a.district === district);
    const checked = own.filter((a) => h.inPeriod.some((r) => r.account === a.index)).length;
    const unqualified = own.filter((a) => h.failed.has(a.index)).length;
    return {
      district,
      registered: own.length,
      checked,
      unqualified,
      ...rate(checked - unqualified, checked, decimals),
    };
  });
  const provincial = config.provincial[period.id];
  const prev = headline(accounts, records, previousPeriod(period));
  const total = h.registered.length;
  const coverageRate = total === 0 ? null : h.checked / total;
  const vetoPairs = h.inPeriod
    .filter((r) => r.failed)
    .flatMap((r) => (r.vetoCategories ?? []).map((category) => ({ category, account: r.account })));
  const deductionPairs = h.inPeriod.flatMap((r) =>
    (r.deductions ?? []).map((category) => ({ category, account: r.account })),
  );
  const found = unregisteredAccounts(unregistered, period);
  const rule = config.rectification;
  let rectifyBy: string | null = options.rectifyBy ?? null;
  if (rectifyBy === null && rule !== undefined) {
    if ('days' in rule && typeof rule.days === 'number') {
      if (options.date !== undefined) {
        const d = new Date(`${options.date}T00:00:00Z`);
        rectifyBy = new Date(d.getTime() + rule.days * 86_400_000).toISOString().slice(0, 10);
      }
    } else rectifyBy = (rule as Record<string, string>)[period.id] ?? null;
  }
  const lastYear = parsePeriod(`${period.year - 1}${period.id.slice(4)}`)!;
  return {
    period: period.id,
    asOf: period.end,
    registered: {
      total: h.registered.length,
      byLevel: { city, district: h.registered.length - city },
      byType,
      byDistrict: byDistrictCount,
    },
    checked: h.checked,
    unqualified: { count: h.unqualified.length, accounts: h.unqualified },
    qualified: h.checked - h.unqualified.length,
    ...current,
    months,
    perfectScore: { count: perfect.length, accounts: perfect.map(ref) },
    reposting: { count: reposting.length, accounts: reposting.map(ref) },
    byDistrict,
    provincial: provincial
      ? { ...provincial, ...rate(provincial.passed, provincial.checked, decimals) }
      : null,
    previous: previousStats(config, accounts, records, period, current.passRate),
    coverage: {
      checked: h.checked,
      rate: coverageRate,
      rateText: formatRate(coverageRate, decimals),
      sampled: h.checked < total,
    },
    byLevel: [
      { level: 'city', ...group(h, (a) => a.district === CITY_LEVEL, decimals) },
      { level: 'district', ...group(h, (a) => a.district !== CITY_LEVEL, decimals) },
    ],
    byType: PLATFORM_BUCKETS.map((platform) => ({
      platform,
      ...group(h, (a) => a.platform === platform, decimals),
    })),
    problems: {
      veto: categories(vetoPairs, config.vetoCategories, h.registered),
      deductions: categories(deductionPairs, config.deductionCategories, h.registered),
    },
    unregistered: { count: found.length, accounts: found },
    followUp: followUp(h, prev),
    yearOnYear: comparedStats(config, accounts, records, lastYear, current.passRate),
    rectifyBy,
    // The reference covers the accounts; the websites' figures are the same code over other rows.
    websites: null,
  };
}

function previousStats(
  config: Config,
  accounts: readonly RegistryAccount[],
  records: readonly CheckRecord[],
  period: Period,
  passRate: number | null,
): PreviousStats | null {
  return comparedStats(config, accounts, records, previousPeriod(period), passRate);
}

function comparedStats(
  config: Config,
  accounts: readonly RegistryAccount[],
  records: readonly CheckRecord[],
  prev: Period,
  passRate: number | null,
): PreviousStats | null {
  const h = headline(accounts, records, prev);
  if (h.inPeriod.length === 0) return null;
  const figures = rate(h.checked - h.unqualified.length, h.checked, config.rateDecimals);
  return {
    period: prev.id,
    asOf: prev.end,
    registered: h.registered.length,
    checked: h.checked,
    unqualified: h.unqualified.length,
    ...figures,
    passRateChange: rateChange(passRate, figures.passRate, config.rateDecimals),
  };
}
