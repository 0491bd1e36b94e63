/**
 * Linking results rows to registry accounts (docs/workspace.md §3): each row to its account, the verdict worked
 * out, repeated checks folded or reported, and the check added to the per-account tally; then, given a
 * period, the accounts left unchecked in a month that had checks.
 */
import type { Config } from '../config/schema.js';
import type { Diagnostic, SourceLocation } from '../domain/diagnostic.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import type { Period } from '../domain/period.js';
import { monthEnd } from '../domain/period.js';
import type { Terms } from '../domain/terms.js';
import { CITY_LEVEL } from '../domain/vocabulary.js';
import type { RegistryAccount } from '../registry/account.js';
import { entryLabel, isRegisteredAt, termsOf } from '../registry/account.js';
import type { CheckRecord, CheckRow } from './check-record.js';
import { CheckTally } from './check-tally.js';
import { FirstChecks } from './first-checks.js';
import { AccountMatcher, rowCell } from './match-account.js';
import type { Verdict } from './verdict.js';
import { judge } from './verdict.js';

export const CHECK_DUPLICATE = 'CHECK_DUPLICATE';
export const CHECK_ACCOUNT_INACTIVE = 'CHECK_ACCOUNT_INACTIVE';
export const CHECK_MONTH_MISSING = 'CHECK_MONTH_MISSING';
export const CHECK_MONTH_SAMPLED = 'CHECK_MONTH_SAMPLED';
export const CHECK_UNREGISTERED_IN_REGISTRY = 'CHECK_UNREGISTERED_IN_REGISTRY';

/** What linking needs to know. */
export interface LinkContext {
  config: Pick<Config, 'passScore'>;
  /** The registry's path as given: unknown-account messages name it. */
  registryFile: string;
  /** When given, only checks in its months are compared with the accounts' filing and closing dates. */
  period?: Period;
  /** The words of the unknown-entry messages: the accounts' by default, the websites' for their linker. */
  terms?: Terms;
}

/** The linked checks, tallied per account and month, and every problem found. */
export interface LinkResult {
  checks: CheckTally;
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
 * the result is the same as linking all rows at once, in the order they were added. Only the tally
 * and a compact summary of each check's first result are kept, never the rows or their records.
 */
export class CheckLinker {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly matcher: AccountMatcher;
  private readonly checks: CheckTally;
  private readonly firsts: FirstChecks;
  private readonly months: ReadonlySet<string> | undefined;

  constructor(
    accounts: readonly RegistryAccount[],
    private readonly ctx: LinkContext,
  ) {
    this.matcher = new AccountMatcher(accounts, ctx.registryFile, ctx.terms);
    this.checks = new CheckTally(accounts.length);
    this.firsts = new FirstChecks(accounts.length);
    this.months = ctx.period ? new Set(ctx.period.months) : undefined;
  }

  /**
   * Links one row and returns its record, or undefined when the row adds no check: its account is
   * unknown (only its diagnostic is added) or it repeats a check already linked.
   */
  add(row: CheckRow): CheckRecord | undefined {
    // Step 0: an account found unregistered is not matched, only kept (unless the registry has it).
    if (row.unregistered) {
      const registered = this.registeredAs(row);
      if (registered) this.diagnostics.push(registeredAfterAll(row, registered));
      else this.checks.addUnregistered(row);
      return undefined;
    }
    // Step 1: the account.
    const account = this.matcher.match(row, this.diagnostics);
    if (!account) return undefined;
    // Step 2: the verdict.
    const record = toRecord(row, account.index, judge(row, this.ctx.config.passScore));
    // Step 3: the same check twice: identical folds into one, different is an error.
    const repeat = this.firsts.claim(record);
    if (repeat) {
      if (!repeat.same) this.diagnostics.push(duplicate(record, repeat.first, account));
      return undefined;
    }
    // Step 4: a check in a month the account did not exist.
    if (!this.months || this.months.has(row.month)) inactive(record, account, this.diagnostics);
    this.checks.add(record);
    return record;
  }

  /** The registry account a row marked 未备案 names, when the registry has it registered that month. */
  private registeredAs(row: CheckRow): RegistryAccount | undefined {
    if (row.name === undefined || row.platform === undefined) return undefined;
    const { filingId: _ignored, ...byName } = row;
    const account = this.matcher.match(byName, []);
    return account && isRegisteredAt(account, monthEnd(row.month)) ? account : undefined;
  }

  /** The checks linked so far and every problem found. */
  result(): LinkResult {
    return { checks: this.checks, diagnostics: this.diagnostics };
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
  if (row.vetoCategories !== undefined) record.vetoCategories = row.vetoCategories;
  if (row.deductions !== undefined) record.deductions = row.deductions;
  if (row.deductionPoints !== undefined) record.deductionPoints = row.deductionPoints;
  if (row.rectification !== undefined) record.rectification = row.rectification;
  return record;
}

/** CHECK_UNREGISTERED_IN_REGISTRY: a row marked 未备案 whose account the registry has, registered that month. */
function registeredAfterAll(row: CheckRow, account: RegistryAccount): Diagnostic {
  const t = termsOf(account);
  return diagnosticAt(
    rowCell(row, 'filing'),
    CHECK_UNREGISTERED_IN_REGISTRY,
    'error',
    `备案情况填为未备案，但${entryLabel(account)}在台账第${account.at.row ?? '?'}行，${row.month}已备案`,
    `如该${t.thing}已备案，请把备案情况改为已备案或留空；如是另一个${t.thing}，请核对${t.matchBy}`,
  );
}

function where(at: SourceLocation, from: SourceLocation): string {
  const place = `第${at.row ?? '?'}行`;
  if (at.file !== from.file) return `${at.file} 工作表“${at.sheet ?? ''}”${place}`;
  if (at.sheet !== from.sheet) return `工作表“${at.sheet ?? ''}”${place}`;
  return place;
}

function duplicate(record: CheckRecord, first: SourceLocation, account: RegistryAccount): Diagnostic {
  return diagnosticAt(
    rowCell(record, 'name'),
    CHECK_DUPLICATE,
    'error',
    `${entryLabel(account)}${record.month}的${record.kind}已在${where(first, record.at)}填写，两行结果不同`,
    `同一${termsOf(account).thing}同月同类检查只填一行；请删去有误的一行`,
  );
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
  const t = termsOf(account);
  const why = filedLater
    ? `${t.filedOn}为${account.filedOn}`
    : account.closedOn === undefined
      ? `状态为${account.status}且没有${t.closedOn}`
      : `已于${account.closedOn}${account.status === '注销' ? '注销' : '关停'}`;
  out.push(
    diagnosticAt(
      rowCell(record, 'name'),
      CHECK_ACCOUNT_INACTIVE,
      'warning',
      `${entryLabel(account)}${why}，${record.month}仍有检查结果`,
      `该${t.thing}当月不计入统计；请核对台账中的日期或检查月份`,
    ),
  );
}

/** Options of `periodRules`. */
export interface PeriodRuleOptions {
  /** Only the accounts of this 所属地区 (`validate --district`). */
  district?: string;
  /** The config's districts, the order a month's summary lists them in (市级 first). */
  districts?: readonly string[];
  /** How the summary calls 市级 (the config's `wording.cityLevelShort`, 县直部门 in a county). */
  cityLevel?: string;
}

/**
 * A month whose checks leave out this many of the accounts is a sample (抽查, docs/workspace.md §7): at
 * least `SAMPLE_MIN` of them and more than `SAMPLE_SHARE` of those that could have been checked.
 */
const SAMPLE_MIN = 5;
const SAMPLE_SHARE = 0.1;

/**
 * CHECK_MONTH_MISSING: an account registered at the end of a month of the period, filed on or before
 * its first day, with no check in that month although the month had checks. One warning per account
 * and month, at the account's registry row — unless the month left out so many that it was a sample
 * (抽查): then one CHECK_MONTH_SAMPLED for the month, with the count left out by district, so that a
 * district whose sheet is missing still shows.
 */
export function periodRules(
  checks: CheckTally,
  accounts: readonly RegistryAccount[],
  period: Period,
  options: PeriodRuleOptions = {},
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const month of period.months) {
    const ofMonth = checks.flagsOf(month);
    if (!ofMonth) continue;
    const first = `${month}-01`;
    const end = monthEnd(month);
    const missing: RegistryAccount[] = [];
    let eligible = 0;
    for (const account of accounts) {
      if (options.district !== undefined && account.district !== options.district) continue;
      if (!isRegisteredAt(account, end) || (account.filedOn !== undefined && account.filedOn > first))
        continue;
      eligible++;
      if ((ofMonth[account.index] ?? 0) === 0) missing.push(account);
    }
    if (missing.length >= SAMPLE_MIN && missing.length > eligible * SAMPLE_SHARE) {
      out.push(sampledMonth(month, missing, eligible, options));
      continue;
    }
    for (const account of missing) {
      out.push(
        diagnosticAt(
          account.at,
          CHECK_MONTH_MISSING,
          'warning',
          `${entryLabel(account)}在${month}没有检查结果`,
          account.website
            ? '该月其他网站已有检查结果；请补充该网站的检查结果，或在网站台账中填写关停日期'
            : '该月其他账号已有检查结果；请补充该账号的检查结果，或在台账中填写关停、注销日期',
        ),
      );
    }
  }
  return out;
}

/** CHECK_MONTH_SAMPLED: the month's summary, at the registry, with the count left out per district. */
function sampledMonth(
  month: string,
  missing: readonly RegistryAccount[],
  eligible: number,
  options: PeriodRuleOptions,
): Diagnostic {
  const t = termsOf(missing[0]!);
  const byDistrict = new Map<string, number>();
  for (const account of missing)
    byDistrict.set(account.district, (byDistrict.get(account.district) ?? 0) + 1);
  const order = [CITY_LEVEL, ...(options.districts ?? [])];
  const rank = (d: string) => (order.includes(d) ? order.indexOf(d) : order.length);
  const counts = [...byDistrict]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([district, n]) => `${district === CITY_LEVEL ? (options.cityLevel ?? district) : district}${n}个`)
    .join('、');
  return {
    code: CHECK_MONTH_SAMPLED,
    severity: 'warning',
    file: missing[0]!.at.file,
    ...(missing[0]!.at.sheet === undefined ? {} : { sheet: missing[0]!.at.sheet }),
    message: `${month}检查了${eligible - missing.length}个${t.thing}，另有${missing.length}个没有检查结果，按抽查统计（未检查的：${counts}）`,
    hint: `抽查时不必处理；若是漏报（如某地区的表格没有放进检查结果文件夹），请补充这些${t.thing}的检查结果`,
  };
}
