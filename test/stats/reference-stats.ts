/**
 * The statistics of a period computed the plain way, straight from DATA.md §5 over every linked record:
 * filters and sets, no flags. The tally-based `computePeriodStats` must give the same object.
 */
import type { CheckRecord } from '../../src/checks/check-record.js';
import type { Config } from '../../src/config/schema.js';
import { formatRate, rateChange } from '../../src/domain/format-rate.js';
import { type Period, previousPeriod } from '../../src/domain/period.js';
import { accountLabel, PLATFORM_BUCKETS, type PlatformBucket } from '../../src/domain/platform-buckets.js';
import { CITY_LEVEL } from '../../src/domain/vocabulary.js';
import { isRegisteredAt, type RegistryAccount } from '../../src/registry/account.js';
import type { AccountRef, MonthStats, PeriodStats, PreviousStats } from '../../src/stats/types.js';

function ref(a: RegistryAccount): AccountRef {
  return {
    name: a.name,
    platform: a.platform,
    platformRaw: a.platformRaw,
    operator: a.operator,
    district: a.district,
    label: accountLabel(a.name, a.platform),
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
  return { registered, inPeriod, checked, unqualified, failed };
}

/** `computePeriodStats`, the plain way. */
export function referencePeriodStats(
  config: Config,
  accounts: readonly RegistryAccount[],
  records: readonly CheckRecord[],
  period: Period,
): PeriodStats {
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
  };
}

function previousStats(
  config: Config,
  accounts: readonly RegistryAccount[],
  records: readonly CheckRecord[],
  period: Period,
  passRate: number | null,
): PreviousStats | null {
  const prev = previousPeriod(period);
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
