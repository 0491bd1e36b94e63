/**
 * Linking results rows to registry accounts (DATA.md §3): each row to its account, the verdict worked
 * out, repeated checks folded or reported; then, given a period, the accounts left unchecked in a
 * month that had checks.
 */
import type { Config } from '../config/schema.js';
import { nameKey } from '../domain/normalize.js';
import type { Period } from '../domain/period.js';
import { daysInMonth } from '../domain/period.js';
import { accountLabel } from '../domain/platform-buckets.js';
import type { RegistryAccount } from '../registry/account.js';
import { isRegisteredAt } from '../registry/account.js';
import type { Diagnostic, SourceLocation } from '../validate/diagnostic.js';
import { diagnosticAt } from '../validate/diagnostic.js';
import type { CheckKind, CheckRecord, CheckRow } from './check-record.js';
import { AccountMatcher, rowCell } from './match-account.js';
import type { Verdict } from './verdict.js';
import { judge } from './verdict.js';

export const CHECK_DUPLICATE = 'CHECK_DUPLICATE';
export const CHECK_ACCOUNT_INACTIVE = 'CHECK_ACCOUNT_INACTIVE';
export const CHECK_MONTH_MISSING = 'CHECK_MONTH_MISSING';

/** What linking needs to know. */
export interface LinkContext {
  config: Pick<Config, 'passScore'>;
  /** The registry's path as given: unknown-account messages name it. */
  registryFile: string;
  /** When given, only checks in its months are compared with the accounts' filing and closing dates. */
  period?: Period;
}

/** Linked records, in the rows' order, and every problem found. */
export interface LinkResult {
  records: CheckRecord[];
  diagnostics: Diagnostic[];
}

/** Links results rows to registry accounts and works out each verdict. */
export function linkChecks(
  rows: readonly CheckRow[],
  accounts: readonly RegistryAccount[],
  ctx: LinkContext,
): LinkResult {
  const linker = new CheckLinker(accounts, ctx);
  for (const row of rows) linker.add(row);
  return linker.result();
}

/**
 * `linkChecks` one row at a time, so that a reader can hand over each workbook's rows and drop them:
 * the result is the same as linking all rows at once, in the order they were added.
 */
export class CheckLinker {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly records: CheckRecord[] = [];
  private readonly matcher: AccountMatcher;
  /** Month → kind → the first record of that check, indexed by account. */
  private readonly seen = new Map<string, Record<CheckKind, (CheckRecord | undefined)[]>>();
  private readonly months: ReadonlySet<string> | undefined;

  constructor(
    private readonly accounts: readonly RegistryAccount[],
    private readonly ctx: LinkContext,
  ) {
    this.matcher = new AccountMatcher(accounts, ctx.registryFile);
    this.months = ctx.period ? new Set(ctx.period.months) : undefined;
  }

  /** Links one row (a row whose account is unknown only adds its diagnostic). */
  add(row: CheckRow): void {
    // Step 1: the account.
    const account = this.matcher.match(row, this.diagnostics);
    if (!account) return;
    // Step 2: the verdict.
    const record = toRecord(row, account.index, judge(row, this.ctx.config.passScore));
    // Step 3: the same check twice: identical folds into one, different is an error.
    let ofMonth = this.seen.get(row.month);
    if (!ofMonth) {
      const size = this.accounts.length;
      ofMonth = { 单否专项检查: new Array(size), 全面检查: new Array(size) };
      this.seen.set(row.month, ofMonth);
    }
    const ofCheck = ofMonth[row.kind];
    const first = ofCheck[account.index];
    if (first) {
      if (resultKey(first) !== resultKey(record)) this.diagnostics.push(duplicate(record, first, account));
      return;
    }
    ofCheck[account.index] = record;
    // Step 4: a check in a month the account did not exist.
    if (!this.months || this.months.has(row.month)) inactive(record, account, this.diagnostics);
    this.records.push(record);
  }

  /** The records linked so far, in the rows' order, and every problem found. */
  result(): LinkResult {
    return { records: this.records, diagnostics: this.diagnostics };
  }
}

/** The record of a row. NOTE: fields listed one by one: a spread of rows of varied shapes is slow. */
function toRecord(row: CheckRow, account: number, verdict: Verdict): CheckRecord {
  const record: CheckRecord = {
    month: row.month,
    kind: row.kind,
    veto: row.veto,
    reposting: row.reposting,
    at: row.at,
    account,
    failed: verdict.failed,
    reasons: verdict.reasons,
  };
  if (row.name !== undefined) record.name = row.name;
  if (row.platformRaw !== undefined) record.platformRaw = row.platformRaw;
  if (row.platform !== undefined) record.platform = row.platform;
  if (row.filingId !== undefined) record.filingId = row.filingId;
  if (row.score !== undefined) record.score = row.score;
  if (row.vetoReason !== undefined) record.vetoReason = row.vetoReason;
  if (row.problem !== undefined) record.problem = row.problem;
  if (row.conclusion !== undefined) record.conclusion = row.conclusion;
  if (row.columns !== undefined) record.columns = row.columns;
  return record;
}

/** What must agree between two rows of the same check. */
function resultKey(r: CheckRecord): string {
  const text = (t: string | undefined) => (t === undefined ? '' : nameKey(t));
  return [r.score ?? '', r.veto, text(r.vetoReason), text(r.problem), r.conclusion ?? '', r.reposting].join(
    '\u0000',
  );
}

function where(at: SourceLocation, from: SourceLocation): string {
  const place = `第${at.row ?? '?'}行`;
  if (at.file !== from.file) return `${at.file} 工作表“${at.sheet ?? ''}”${place}`;
  if (at.sheet !== from.sheet) return `工作表“${at.sheet ?? ''}”${place}`;
  return place;
}

function duplicate(record: CheckRecord, first: CheckRecord, account: RegistryAccount): Diagnostic {
  return diagnosticAt(
    rowCell(record, 'name'),
    CHECK_DUPLICATE,
    'error',
    `${accountLabel(account.name, account.platformRaw)}${record.month}的${record.kind}已在${where(first.at, record.at)}填写，两行结果不同`,
    '同一账号同月同类检查只填一行；请删去有误的一行',
  );
}

const MONTH_ENDS = new Map<string, string>();

/** The last day of a month `YYYY-MM`, cached. */
function monthEnd(month: string): string {
  let end = MONTH_ENDS.get(month);
  if (end === undefined) {
    const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    end = `${month}-${String(days).padStart(2, '0')}`;
    MONTH_ENDS.set(month, end);
  }
  return end;
}

function inactive(record: CheckRecord, account: RegistryAccount, out: Diagnostic[]): void {
  if (account.filedOn === undefined && account.closedOn === undefined && account.status === '正常') return;
  const start = `${record.month}-01`;
  const end = monthEnd(record.month);
  const filedLater = account.filedOn !== undefined && account.filedOn > end;
  // 关停/注销 without a date counts as closed before any period.
  const closedOn = account.closedOn ?? (account.status === '正常' ? undefined : '');
  const closedBefore = closedOn !== undefined && closedOn < start;
  if (!filedLater && !closedBefore) return;
  const why = filedLater
    ? `备案日期为${account.filedOn}`
    : account.closedOn === undefined
      ? `状态为${account.status}且没有注销日期`
      : `已于${account.closedOn}${account.status === '注销' ? '注销' : '关停'}`;
  out.push(
    diagnosticAt(
      rowCell(record, 'name'),
      CHECK_ACCOUNT_INACTIVE,
      'warning',
      `${accountLabel(account.name, account.platformRaw)}${why}，${record.month}仍有检查结果`,
      '该账号当月不计入统计；请核对台账中的日期或检查月份',
    ),
  );
}

/** Options of `periodRules`. */
export interface PeriodRuleOptions {
  /** Only the accounts of this 所属地区 (`validate --district`). */
  district?: string;
}

/**
 * CHECK_MONTH_MISSING: an account registered at the end of a month of the period, filed on or before
 * its first day, with no check in that month although the month had checks. One warning per account
 * and month, at the account's registry row.
 */
export function periodRules(
  records: readonly CheckRecord[],
  accounts: readonly RegistryAccount[],
  period: Period,
  options: PeriodRuleOptions = {},
): Diagnostic[] {
  // Month with checks → 1 for each account index checked in it.
  const size = accounts.reduce((max, a) => Math.max(max, a.index + 1), 0);
  const checked = new Map<string, Uint8Array>();
  for (const r of records) {
    let ofMonth = checked.get(r.month);
    if (!ofMonth) {
      ofMonth = new Uint8Array(size);
      checked.set(r.month, ofMonth);
    }
    ofMonth[r.account] = 1;
  }
  const out: Diagnostic[] = [];
  for (const month of period.months) {
    const ofMonth = checked.get(month);
    if (!ofMonth) continue;
    const first = `${month}-01`;
    const end = monthEnd(month);
    for (const account of accounts) {
      if (options.district !== undefined && account.district !== options.district) continue;
      if (ofMonth[account.index] === 1) continue;
      if (!isRegisteredAt(account, end) || (account.filedOn !== undefined && account.filedOn > first))
        continue;
      out.push(
        diagnosticAt(
          account.at,
          CHECK_MONTH_MISSING,
          'warning',
          `${accountLabel(account.name, account.platformRaw)}在${month}没有检查结果`,
          '该月其他账号已有检查结果；请补充该账号的检查结果，或在台账中填写关停、注销日期',
        ),
      );
    }
  }
  return out;
}
