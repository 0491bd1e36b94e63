/**
 * The accounts the inspectors found unregistered in the period (备案情况 未备案, docs/workspace.md §3a):
 * distinct accounts (same normalised name and platform), in the order first found, as the results
 * sheet typed them. They count in no registered or checked figure.
 */
import type { CheckRow } from '../checks/check-record.js';
import { nameKey } from '../domain/normalize.js';
import type { Period } from '../domain/period.js';
import { accountLabel } from '../domain/platform-buckets.js';
import { platformKey } from '../registry/account-key.js';
import type { LabelMode, StatsInput } from './headline.js';
import type { AccountList, UnregisteredAccount } from './types.js';

function unregisteredAccount(row: CheckRow, mode: LabelMode): UnregisteredAccount {
  const name = row.name ?? '';
  const platform = row.platform ?? '其他';
  const platformRaw = row.platformRaw ?? platform;
  return {
    name,
    platform,
    platformRaw,
    district: row.district ?? null,
    operator: row.operator ?? null,
    label: accountLabel(name, mode === 'typed' ? platformRaw : platform),
    file: row.at.file,
    sheet: row.at.sheet ?? null,
    row: row.at.row ?? null,
    month: row.month,
  };
}

/** The accounts found unregistered in the period's months. */
export function unregisteredFigures(input: StatsInput, period: Period): AccountList<UnregisteredAccount> {
  const months = new Set(period.months);
  const seen = new Set<string>();
  const accounts: UnregisteredAccount[] = [];
  for (const row of input.checks.unregistered()) {
    if (!months.has(row.month)) continue;
    const platform = row.platform ?? '其他';
    const key = `${nameKey(row.name ?? '')}\u0000${platformKey(platform, row.platformRaw ?? '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    accounts.push(unregisteredAccount(row, input.config.accountLabel));
  }
  return { count: accounts.length, accounts };
}
