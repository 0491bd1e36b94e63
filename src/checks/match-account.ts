/**
 * Finding the registry account a results row means: by 备案编号 when the row has one (and the registry
 * keeps them), else by normalised name and platform bucket. Lookups are Maps built once; the nearest
 * names of an unknown account are searched only on that error path, cached and bounded.
 */
import { closestMatches, typoLimit } from '../domain/closest.js';
import type { Diagnostic, SourceLocation } from '../domain/diagnostic.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import { nameKey } from '../domain/normalize.js';
import { ACCOUNT_TERMS, type Terms } from '../domain/terms.js';
import type { RegistryAccount } from '../registry/account.js';
import { entryLabel } from '../registry/account.js';
import { platformKey } from '../registry/account-key.js';
import type { CheckRow } from './check-record.js';

export const CHECK_UNKNOWN_ACCOUNT = 'CHECK_UNKNOWN_ACCOUNT';
export const CHECK_AMBIGUOUS_ACCOUNT = 'CHECK_AMBIGUOUS_ACCOUNT';
export const CHECK_ID_NAME_MISMATCH = 'CHECK_ID_NAME_MISMATCH';
export const CHECK_UNKNOWN_PLATFORM = 'CHECK_UNKNOWN_PLATFORM';

/** How many distinct unknown names get "nearest names" suggestions; the rest get a plain hint. */
const SUGGESTION_BUDGET = 200;

/**
 * What a sheet row names an account by: a results row, or a row of an `updates/` workbook
 * (circular remind). Column letters locate the diagnostics at the cell.
 */
export type AccountReference = Pick<CheckRow, 'name' | 'platformRaw' | 'platform' | 'filingId' | 'at'> & {
  columns?: Readonly<Partial<Record<'name' | 'platform' | 'filingId', string>>>;
};

/** The location of a row's field cell (its first cell when the column is absent). */
export function rowCell<Field extends string>(
  row: { at: SourceLocation; columns?: Readonly<Partial<Record<Field, string>>> },
  field: Field,
): SourceLocation {
  const column = row.columns?.[field];
  return column === undefined ? row.at : { ...row.at, column };
}

const label = entryLabel;

/** The registry, indexed for matching results rows. */
export class AccountMatcher {
  private readonly byId = new Map<string, RegistryAccount>();
  /** 备案编号 exactly as the registry writes it → the account `byId` gives for its key (a shortcut). */
  private readonly byIdAsTyped = new Map<string, RegistryAccount>();
  private readonly byName = new Map<string, RegistryAccount[]>();
  private readonly suggestions = new Map<string, string>();
  /** The 备案编号 part of an unknown id's hint, by its key (bounded like `suggestions`). */
  private readonly idSuggestions = new Map<string, string>();
  /** Names and ids as typed → their keys (the same names recur month after month). */
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly accounts: readonly RegistryAccount[],
    private readonly registryFile: string,
    private readonly terms: Terms = ACCOUNT_TERMS,
  ) {
    for (const account of accounts) {
      if (account.filingId !== undefined) this.byId.set(nameKey(account.filingId), account);
      push(this.byName, account.key, account);
    }
    for (const account of accounts) {
      if (account.filingId === undefined) continue;
      this.byIdAsTyped.set(account.filingId, this.byId.get(nameKey(account.filingId))!);
    }
  }

  /** The account of a 备案编号 (compared by `nameKey`), if any. */
  private accountOfId(filingId: string): RegistryAccount | undefined {
    return this.byIdAsTyped.get(filingId) ?? this.byId.get(this.keyOf(filingId));
  }

  /** `nameKey`, memoised. */
  private keyOf(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = nameKey(text);
      this.keys.set(text, key);
    }
    return key;
  }

  /** The account of a row, or undefined with the reason pushed to `out` (warnings may come with a match). */
  match(row: AccountReference, out: Diagnostic[]): RegistryAccount | undefined {
    const named = row.name !== undefined && row.platform !== undefined;
    if (row.filingId !== undefined && (this.byId.size > 0 || !named)) {
      const account = this.accountOfId(row.filingId);
      if (account) {
        // NOTE: `account.key` is `nameKey(account.name)`, so the same text needs no `nameKey`.
        if (row.name !== undefined && row.name !== account.name && this.keyOf(row.name) !== account.key)
          out.push(idNameMismatch(row, account, this.terms));
        return account;
      }
      // A registry row without 备案编号 still matches by name.
      const notes: Diagnostic[] = [];
      const byName = named ? this.matchName(row, notes) : undefined;
      if (byName && byName.filingId === undefined) {
        out.push(...notes);
        return byName;
      }
      out.push(byName ? this.otherId(row, byName) : this.unknownId(row));
      return undefined;
    }
    const byName = this.matchName(row, out);
    if (byName) return byName;
    if (byName === undefined) out.push(this.unknownName(row));
    return undefined;
  }

  /** Matches by name and bucket; `null` when ambiguous (reported), undefined when not found. */
  private matchName(row: AccountReference, out: Diagnostic[]): RegistryAccount | null | undefined {
    const key = this.keyOf(row.name ?? '');
    const bucket = row.platform ?? '其他';
    const sameName = this.byName.get(key);
    let found: RegistryAccount | undefined;
    let count = 0;
    for (const account of sameName ?? []) {
      if (account.platform !== bucket) continue;
      found ??= account;
      count++;
    }
    if (count === 1) return found;
    if (count > 1) {
      const candidates = (sameName ?? []).filter((a) => a.platform === bucket);
      const wanted = platformKey(bucket, row.platformRaw ?? '');
      const exact = candidates.filter((a) => platformKey(a.platform, a.platformRaw) === wanted);
      if (exact.length === 1) return exact[0];
      out.push(this.ambiguous(row, candidates));
      return null;
    }
    return this.matchUnknownPlatform(row, sameName, out);
  }

  /** A platform spelling we do not know: match by name alone when that is unambiguous. */
  private matchUnknownPlatform(
    row: AccountReference,
    sameName: readonly RegistryAccount[] | undefined,
    out: Diagnostic[],
  ): RegistryAccount | undefined {
    if (row.platform !== '其他' || row.platformRaw === undefined || sameName?.length !== 1) return undefined;
    const account = sameName[0]!;
    out.push(
      diagnosticAt(
        rowCell(row, 'platform'),
        CHECK_UNKNOWN_PLATFORM,
        'warning',
        `平台类型“${row.platformRaw}”与台账不一致，按账号名称匹配到台账中的${label(account)}`,
        `请把平台类型改为“${account.platformRaw}”`,
      ),
    );
    return account;
  }

  private ambiguous(row: AccountReference, candidates: readonly RegistryAccount[]): Diagnostic {
    const list = candidates.map((a) => `${label(a)}（第${a.at.row ?? '?'}行）`).join('、');
    return diagnosticAt(
      rowCell(row, 'platform'),
      CHECK_AMBIGUOUS_ACCOUNT,
      'error',
      `账号“${row.name}”（${row.platformRaw}）在台账（${this.registryFile}）中对应多个账号：${list}`,
      '请把平台类型写成台账中的写法，或填写备案编号',
    );
  }

  private unknownName(row: AccountReference): Diagnostic {
    const what =
      this.terms === ACCOUNT_TERMS
        ? `账号“${row.name}”（${row.platformRaw ?? '未填平台'}）`
        : `${this.terms.thing}“${row.name}”`;
    return diagnosticAt(
      rowCell(row, 'name'),
      CHECK_UNKNOWN_ACCOUNT,
      'error',
      `${what}不在台账（${this.registryFile}）中`,
      this.nearestHint(row.name ?? ''),
    );
  }

  private unknownId(row: AccountReference): Diagnostic {
    const named = row.name === undefined ? '' : `（${row.name}）`;
    const idHint = this.nearestIdHint(row.filingId ?? '');
    const nameHint = row.name === undefined ? '' : `；${this.nearestHint(row.name)}`;
    return diagnosticAt(
      rowCell(row, 'filingId'),
      CHECK_UNKNOWN_ACCOUNT,
      'error',
      `${this.terms.id}“${row.filingId}”${named}不在台账（${this.registryFile}）中`,
      `${idHint}${nameHint}`,
    );
  }

  /** The id is unknown, but name and platform name an account that has another id. */
  private otherId(row: AccountReference, account: RegistryAccount): Diagnostic {
    return diagnosticAt(
      rowCell(row, 'filingId'),
      CHECK_UNKNOWN_ACCOUNT,
      'error',
      `${this.terms.id}“${row.filingId}”不在台账（${this.registryFile}）中；台账中${label(account)}的${this.terms.id}是“${account.filingId}”`,
      `请核对两处的${this.terms.id}（台账第${account.at.row ?? '?'}行）`,
    );
  }

  /** `最接近的备案编号：…`, cached per id; past the budget a plain hint. */
  private nearestIdHint(filingId: string): string {
    const key = nameKey(filingId);
    const cached = this.idSuggestions.get(key);
    if (cached !== undefined) return cached;
    let hint = `请核对${this.terms.id}`;
    if (this.idSuggestions.size < SUGGESTION_BUDGET) {
      const ids = closestMatches(
        filingId,
        this.accounts.flatMap((a) => (a.filingId === undefined ? [] : [a.filingId])),
        { key: nameKey, limit: 3 },
      );
      if (ids.length > 0) hint = `最接近的${this.terms.id}：${ids.join('、')}`;
    }
    this.idSuggestions.set(key, hint);
    return hint;
  }

  /** `最接近的台账账号：…`, cached per name; past the budget a plain hint. */
  private nearestHint(name: string): string {
    const key = nameKey(name);
    const cached = this.suggestions.get(key);
    if (cached !== undefined) return cached;
    let hint = `请核对${this.terms.matchBy}是否与台账一致；${this.terms.newOne}`;
    if (this.suggestions.size < SUGGESTION_BUDGET) {
      const maxDistance = Math.max(2, typoLimit(key));
      const names = closestMatches(key, this.byName.keys(), { limit: 3, maxDistance });
      const labels = names.flatMap((n) => (this.byName.get(n) ?? []).map(label)).slice(0, 3);
      if (labels.length > 0) hint = `最接近的台账${this.terms.thing}：${labels.join('、')}；${hint}`;
    }
    this.suggestions.set(key, hint);
    return hint;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function idNameMismatch(row: AccountReference, account: RegistryAccount, t: Terms): Diagnostic {
  return diagnosticAt(
    rowCell(row, 'name'),
    CHECK_ID_NAME_MISMATCH,
    'warning',
    `${t.id}“${row.filingId}”在台账中是${label(account)}，与本行${t.thing}名称“${row.name}”不一致`,
    `按${t.id}匹配；请核对${t.id}或${t.thing}名称`,
  );
}
