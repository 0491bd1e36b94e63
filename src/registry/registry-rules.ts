/**
 * The registry's rules across rows (docs/workspace.md §2): duplicate accounts, several accounts of one unit on
 * one platform, closed accounts without a date, contradictory dates — and, given a period, the 僵尸类
 * candidates.
 */
import type { Config } from '../config/schema.js';
import type { Diagnostic, SourceLocation } from '../domain/diagnostic.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import { nameKey } from '../domain/normalize.js';
import type { Period } from '../domain/period.js';
import type { RegistryAccount } from './account.js';
import { entryLabel, isRegisteredAt, termsOf } from './account.js';
import { identityKey, platformKey } from './account-key.js';
import type { RegistryField } from './columns.js';
import type { DecodedAccount } from './registry-row.js';

export const REGISTRY_DUPLICATE_ID = 'REGISTRY_DUPLICATE_ID';
export const REGISTRY_DUPLICATE_ACCOUNT = 'REGISTRY_DUPLICATE_ACCOUNT';
export const REGISTRY_UNKNOWN_PLATFORM = 'REGISTRY_UNKNOWN_PLATFORM';
export const REGISTRY_UNIT_MULTIPLE_ACCOUNTS = 'REGISTRY_UNIT_MULTIPLE_ACCOUNTS';
export const REGISTRY_CLOSED_WITHOUT_DATE = 'REGISTRY_CLOSED_WITHOUT_DATE';
export const REGISTRY_STATUS_CONFLICT = 'REGISTRY_STATUS_CONFLICT';
export const REGISTRY_CLOSED_BEFORE_FILED = 'REGISTRY_CLOSED_BEFORE_FILED';
export const REGISTRY_ZOMBIE = 'REGISTRY_ZOMBIE';

/**
 * The location of an account's field cell (its row's first cell when the column is absent). A website's
 * id is its 网站标识码 (docs/workspace.md §11), in that column.
 */
export function accountCell(account: RegistryAccount, field: RegistryField): SourceLocation {
  const own = field === 'filingId' && account.website?.siteId !== undefined ? 'siteId' : field;
  const column = account.columns?.[own];
  return column === undefined ? account.at : { ...account.at, column };
}

/** The label the messages use: `宜兴发改(微信公众号)`, with the platform as typed; a website's name. */
const label = entryLabel;

function rowOf(account: RegistryAccount): string {
  return `第${account.at.row ?? '?'}行`;
}

/**
 * Removes repeated accounts (same 备案编号, or same name on the same platform), keeping the first, and
 * reports each repeat at its cell.
 */
export function dropDuplicates(decoded: readonly DecodedAccount[], out: Diagnostic[]): DecodedAccount[] {
  const byId = new Map<string, RegistryAccount>();
  const byIdentity = new Map<string, RegistryAccount>();
  const kept: DecodedAccount[] = [];
  for (const entry of decoded) {
    const account = entry.account;
    const idKey = account.filingId === undefined ? undefined : nameKey(account.filingId);
    const first = idKey === undefined ? undefined : byId.get(idKey);
    const t = termsOf(account);
    if (first) {
      out.push(
        diagnosticAt(
          accountCell(account, 'filingId'),
          REGISTRY_DUPLICATE_ID,
          'error',
          `${t.id}“${account.filingId}”与${rowOf(first)}（${label(first)}）重复`,
          `${t.id}应唯一；同一${t.thing}只登记一行，不同${t.thing}请核对编号`,
        ),
      );
      continue;
    }
    const identity = identityKey(account.key, account.platform, account.platformRaw);
    const same = byIdentity.get(identity);
    if (same) {
      out.push(
        account.website
          ? diagnosticAt(
              accountCell(account, 'name'),
              REGISTRY_DUPLICATE_ACCOUNT,
              'error',
              `网站“${account.name}”与${rowOf(same)}重复`,
              '同一网站只登记一行；若是两个网站，请核对网站名称',
            )
          : diagnosticAt(
              accountCell(account, 'name'),
              REGISTRY_DUPLICATE_ACCOUNT,
              'error',
              `账号“${account.name}”（${account.platformRaw}）与${rowOf(same)}重复`,
              '同一平台上的同一账号只登记一行；若是两个账号，请核对账号名称或平台类型',
            ),
      );
      continue;
    }
    if (idKey !== undefined) byId.set(idKey, account);
    byIdentity.set(identity, account);
    kept.push(entry);
  }
  return kept;
}

/** Warns about platforms that are not a known spelling (they count as 其他). */
export function unknownPlatforms(
  decoded: readonly DecodedAccount[],
  hint: (raw: string) => string,
  out: Diagnostic[],
): void {
  for (const { account, platformKnown } of decoded) {
    if (platformKnown) continue;
    out.push(
      diagnosticAt(
        accountCell(account, 'platform'),
        REGISTRY_UNKNOWN_PLATFORM,
        'warning',
        `平台类型“${account.platformRaw}”不在已知写法中，按“其他”统计`,
        hint(account.platformRaw),
      ),
    );
  }
}

/**
 * Warns about a unit with two or more running accounts on the same platform (一个单位原则上在同一平台
 * 只开设一个账号): one warning per account after the unit's first, at its 开设主体 cell.
 */
export function unitMultipleAccounts(accounts: readonly RegistryAccount[], out: Diagnostic[]): void {
  const first = new Map<string, RegistryAccount>();
  const counts = new Map<string, number>();
  for (const account of accounts) {
    if (account.status !== '正常' || account.closedOn !== undefined || account.operator === '') continue;
    const key = `${nameKey(account.operator)}\u0000${platformKey(account.platform, account.platformRaw)}`;
    const earlier = first.get(key);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (!earlier) {
      first.set(key, account);
      continue;
    }
    out.push(
      diagnosticAt(
        accountCell(account, 'operator'),
        REGISTRY_UNIT_MULTIPLE_ACCOUNTS,
        'warning',
        `开设主体“${account.operator}”在${account.platformRaw}上已有账号“${earlier.name}”（${rowOf(earlier)}），“${account.name}”是第${count}个`,
        '一个单位原则上在同一平台只开设一个账号；请核实是否需要整合或关停',
      ),
    );
  }
}

/** The rules on one account's own dates and status. */
export function statusRules(entry: DecodedAccount, statusColumnPresent: boolean, out: Diagnostic[]): void {
  const { account } = entry;
  const t = termsOf(account);
  if (account.status !== '正常' && account.closedOn === undefined && !entry.closedOnFailed) {
    out.push(
      diagnosticAt(
        accountCell(account, 'status'),
        REGISTRY_CLOSED_WITHOUT_DATE,
        'warning',
        `${t.thing}“${account.name}”状态为${account.status}，但没有填写${t.closedOn}`,
        `没有日期时按统计期之前已关停处理，任何期间都不计入；请补填${t.closedOn}`,
      ),
    );
  }
  if (statusColumnPresent && entry.statusWritten === '正常' && account.closedOn !== undefined) {
    out.push(
      diagnosticAt(
        accountCell(account, 'status'),
        REGISTRY_STATUS_CONFLICT,
        'warning',
        `${t.thing}“${account.name}”状态为正常，但填写了${t.closedOn}${account.closedOn}`,
        `按${t.closedOn}处理：该日起不再计入；若${t.thing}仍在运行，请删去${t.closedOn}`,
      ),
    );
  }
  if (account.filedOn !== undefined && account.closedOn !== undefined && account.closedOn < account.filedOn) {
    out.push(
      diagnosticAt(
        accountCell(account, 'closedOn'),
        REGISTRY_CLOSED_BEFORE_FILED,
        'error',
        `${t.closedOn}${account.closedOn}早于${t.filedOn}${account.filedOn}`,
        '请核对这两个日期',
      ),
    );
  }
}

const MS_PER_DAY = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/**
 * The registry's period-dependent rule: an account counted at the period end whose 最近更新日期 is more
 * than `zombieDays` before it is a 僵尸类 candidate (a warning at its 最近更新日期 cell).
 */
export function registryPeriodRules(
  accounts: readonly RegistryAccount[],
  period: Period,
  config: Pick<Config, 'zombieDays'>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const account of accounts) {
    if (account.lastUpdate === undefined || account.lastUpdate > period.end) continue;
    if (!isRegisteredAt(account, period.end)) continue;
    const days = daysBetween(account.lastUpdate, period.end);
    if (days <= config.zombieDays) continue;
    out.push(
      diagnosticAt(
        accountCell(account, 'lastUpdate'),
        REGISTRY_ZOMBIE,
        'warning',
        `账号${label(account)}最近更新于${account.lastUpdate}，至${period.end}已${days}天未更新`,
        `超过${config.zombieDays}天未更新，可能属于僵尸类账号；请核实并督促更新，或整改关停`,
      ),
    );
  }
  return out;
}
