/**
 * One results row: the zod decoders of its cells (built once per sheet) and the `CheckRow` they make,
 * with the rules that look at one row only (docs/workspace.md §3).
 */
import type { Config } from '../config/schema.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import { type CategoryValue, categoryResolver } from '../domain/problem-categories.js';
import { isWebsitePlatform, WEBSITE_PLATFORM } from '../domain/site-types.js';
import { ACCOUNT_TERMS, WEBSITE_TERMS } from '../domain/terms.js';
import type { CheckKind, Rectification } from '../domain/vocabulary.js';
import { CHECK_KINDS } from '../domain/vocabulary.js';
import type { CellDecoder } from '../table/cell-decoder.js';
import { CellProblem, cellDecoder, repeated } from '../table/cell-decoder.js';
import type { ColumnSpec } from '../table/column-spec.js';
import type { PlatformValue } from '../table/common-decoders.js';
import { optionalNote, optionalText, platformDecoder } from '../table/common-decoders.js';
import {
  CHECK_KIND_ALIASES,
  cellText,
  districtLookup,
  FILING_ALIASES,
  isEmptyValue,
  MONTH_FORMS,
  memoizeText,
  NO_SPELLINGS,
  parseCheckKind,
  parseConclusion,
  parseFiling,
  parseMonth,
  parseRectification,
  parseScore,
  parseYesNo,
  RECTIFICATION_ALIASES,
  YES_SPELLINGS,
} from '../table/parse-values.js';
import type { RowCells } from '../table/read-table.js';
import type { CheckRow } from './check-record.js';
import type { CheckField } from './columns.js';
import { CHECK_COLUMN } from './columns.js';

export const CHECK_BAD_MONTH = 'CHECK_BAD_MONTH';
export const CHECK_NO_MONTH = 'CHECK_NO_MONTH';
export const CHECK_MONTH_SHEET_MISMATCH = 'CHECK_MONTH_SHEET_MISMATCH';
export const CHECK_BAD_KIND = 'CHECK_BAD_KIND';
export const CHECK_BAD_SCORE = 'CHECK_BAD_SCORE';
export const CHECK_BAD_YESNO = 'CHECK_BAD_YESNO';
export const CHECK_BAD_CONCLUSION = 'CHECK_BAD_CONCLUSION';
export const CHECK_FULL_WITHOUT_SCORE = 'CHECK_FULL_WITHOUT_SCORE';
export const CHECK_PASS_WITH_VETO = 'CHECK_PASS_WITH_VETO';
export const CHECK_VETO_CONFLICT = 'CHECK_VETO_CONFLICT';
export const CHECK_VETO_WITHOUT_CATEGORY = 'CHECK_VETO_WITHOUT_CATEGORY';
export const CHECK_MISSING_ACCOUNT_ID = 'CHECK_MISSING_ACCOUNT_ID';
export const CHECK_BAD_DEDUCTION = 'CHECK_BAD_DEDUCTION';
export const CHECK_BAD_FILING = 'CHECK_BAD_FILING';
export const CHECK_BAD_RECTIFICATION = 'CHECK_BAD_RECTIFICATION';
export const CHECK_CATEGORY_NEAR_MISS = 'CHECK_CATEGORY_NEAR_MISS';
export const CHECK_UNREGISTERED_INCOMPLETE = 'CHECK_UNREGISTERED_INCOMPLETE';

const COLUMN = CHECK_COLUMN;

/** The decoders of a results sheet's cells. */
export interface CheckDecoders {
  month: CellDecoder<string | undefined>;
  kind: CellDecoder<CheckKind | undefined>;
  name: CellDecoder<string | undefined>;
  platform: CellDecoder<PlatformValue | undefined>;
  filingId: CellDecoder<string | undefined>;
  score: CellDecoder<number | undefined>;
  veto: CellDecoder<boolean>;
  vetoReason: CellDecoder<VetoNote>;
  problem: CellDecoder<string | undefined>;
  conclusion: CellDecoder<'合格' | '不合格' | undefined>;
  reposting: CellDecoder<boolean>;
  deduction: CellDecoder<CategoryValue[]>;
  deductionPoints: CellDecoder<number | undefined>;
  /** True for 未备案. */
  filing: CellDecoder<boolean>;
  operator: CellDecoder<string | undefined>;
  district: CellDecoder<string | undefined>;
  rectification: CellDecoder<Rectification | undefined>;
  siteName: CellDecoder<string | undefined>;
  siteId: CellDecoder<string | undefined>;
  /** The websites' own category lists (docs/workspace.md §11). */
  siteVeto: Resolve;
  siteDeduction: Resolve;
}

const YES_NO_HINT = `填写${YES_SPELLINGS.join('、')}表示是；${NO_SPELLINGS.join('、')}或留空表示否`;
const KIND_HINT = `可填写：${CHECK_KINDS.map((k) => `${k}（${CHECK_KIND_ALIASES[k].filter((a) => a !== k).join('、')}）`).join('、')}；留空时有得分的视为全面检查`;

function yesNo(column: ColumnSpec): CellDecoder<boolean> {
  return cellDecoder(column.header, (cell) => {
    const value = parseYesNo(cell);
    return (
      value ??
      new CellProblem(CHECK_BAD_YESNO, `${column.header}“${cellText(cell)}”无法识别为是或否`, YES_NO_HINT)
    );
  });
}

function monthDecoder(year: number, date1904: boolean): CellDecoder<string | undefined> {
  const monthOfText = memoizeText((text) => parseMonth(text, year, date1904));
  return cellDecoder(COLUMN.month.header, (cell) => {
    if (isEmptyValue(cell)) return undefined;
    const month = typeof cell === 'string' ? monthOfText(cell) : parseMonth(cell, year, date1904);
    return (
      month ??
      new CellProblem(
        CHECK_BAD_MONTH,
        `检查月份“${cellText(cell)}”无法识别`,
        `检查月份可写作：${MONTH_FORMS}`,
      )
    );
  });
}

const kindDecoder: CellDecoder<CheckKind | undefined> = cellDecoder(COLUMN.kind.header, (cell) => {
  if (isEmptyValue(cell)) return undefined;
  return (
    parseCheckKind(cell) ?? new CellProblem(CHECK_BAD_KIND, `检查类型“${cellText(cell)}”无法识别`, KIND_HINT)
  );
});

const scoreDecoder: CellDecoder<number | undefined> = cellDecoder(COLUMN.score.header, (cell) => {
  if (isEmptyValue(cell)) return undefined;
  const score = parseScore(cell);
  if (score === null) {
    return new CellProblem(
      CHECK_BAD_SCORE,
      `得分“${cellText(cell)}”不是数字`,
      '得分应为 0–100 的数字，如 95 或 95.5',
    );
  }
  if (score < 0 || score > 100) {
    return new CellProblem(
      CHECK_BAD_SCORE,
      `得分“${cellText(cell)}”不在 0–100 之间`,
      '得分应为 0–100 的数字',
    );
  }
  return score;
});

const conclusionDecoder: CellDecoder<'合格' | '不合格' | undefined> = cellDecoder(
  COLUMN.conclusion.header,
  (cell) => {
    if (isEmptyValue(cell)) return undefined;
    return (
      parseConclusion(cell) ??
      new CellProblem(
        CHECK_BAD_CONCLUSION,
        `检查结论“${cellText(cell)}”无法识别`,
        '可填写：合格、不合格（是否合格一列也可填是、否）',
      )
    );
  },
);

/** What a 否决情形 cell says: whether it marks a veto, the reason as typed and its categories. */
export interface VetoNote {
  veto: boolean;
  reason?: string;
  categories?: CategoryValue[];
}

type Resolve = (text: string) => CategoryValue[];

/** 否决情形: other text names the veto; 无/否 (or empty) mean none; a bare 是/√ marks one without naming it. */
function vetoReasonDecoder(resolve: Resolve): CellDecoder<VetoNote> {
  return cellDecoder(COLUMN.vetoReason.header, (cell) => {
    const yesNo = parseYesNo(cell);
    if (yesNo !== null) return { veto: yesNo };
    const reason = cellText(cell);
    return { veto: true, reason, categories: resolve(reason) };
  });
}

const NO_CATEGORIES: CategoryValue[] = [];

/** 扣分情形: its categories; 无/否 (or empty) mean none. */
function deductionDecoder(resolve: Resolve): CellDecoder<CategoryValue[]> {
  return cellDecoder(COLUMN.deduction.header, (cell) =>
    parseYesNo(cell) !== null ? NO_CATEGORIES : resolve(cellText(cell)),
  );
}

const deductionPointsDecoder: CellDecoder<number | undefined> = cellDecoder(
  COLUMN.deductionPoints.header,
  (cell) => {
    if (isEmptyValue(cell)) return undefined;
    const points = parseScore(cell);
    if (points === null || points < 0 || points > 100) {
      return new CellProblem(
        CHECK_BAD_DEDUCTION,
        `扣分“${cellText(cell)}”不是 0–100 之间的数字`,
        '扣分填写扣除的分数，如 2 或 0.5（不带负号）；得分仍填在“得分”列',
      );
    }
    return points;
  },
);

const filingDecoder: CellDecoder<boolean> = cellDecoder(COLUMN.filing.header, (cell) => {
  const filing = parseFiling(cell);
  if (filing !== null) return filing === '未备案';
  return new CellProblem(
    CHECK_BAD_FILING,
    `备案情况“${cellText(cell)}”无法识别`,
    `已备案可填写 ${FILING_ALIASES.已备案.join('、')} 或留空；未备案可填写 ${FILING_ALIASES.未备案.join('、')}`,
  );
});

const rectificationDecoder: CellDecoder<Rectification | undefined> = cellDecoder(
  COLUMN.rectification.header,
  (cell) => {
    if (isEmptyValue(cell)) return undefined;
    const hint = (Object.keys(RECTIFICATION_ALIASES) as Rectification[])
      .map((k) => `${k}（${RECTIFICATION_ALIASES[k].filter((a) => a !== k).join('、')}）`)
      .join('、');
    return (
      parseRectification(cell) ??
      new CellProblem(CHECK_BAD_RECTIFICATION, `整改情况“${cellText(cell)}”无法识别`, `可填写：${hint}`)
    );
  },
);

/** 所属地区 of the results sheet: 市级 and the configured districts in their canonical spelling, else as typed. */
function resultDistrictDecoder(config: Config): CellDecoder<string | undefined> {
  const canonical = districtLookup(config.districts);
  return cellDecoder(COLUMN.district.header, (cell) => {
    if (isEmptyValue(cell)) return undefined;
    const text = cellText(cell);
    return canonical(text) ?? text;
  });
}

/** Builds the decoders for one results sheet; `year` completes a bare month such as `10月`. */
export function checkDecoders(config: Config, year: number, date1904: boolean): CheckDecoders {
  return {
    month: repeated(monthDecoder(year, date1904)),
    kind: repeated(kindDecoder),
    name: optionalText(COLUMN.name),
    platform: repeated(platformDecoder(COLUMN.platform, config.platforms)),
    filingId: optionalText(COLUMN.filingId),
    score: scoreDecoder,
    veto: repeated(yesNo(COLUMN.veto)),
    vetoReason: repeated(vetoReasonDecoder(categoryResolver(config.vetoCategories))),
    problem: optionalNote(COLUMN.problem),
    conclusion: repeated(conclusionDecoder),
    reposting: repeated(yesNo(COLUMN.reposting)),
    deduction: repeated(deductionDecoder(categoryResolver(config.deductionCategories))),
    deductionPoints: deductionPointsDecoder,
    filing: repeated(filingDecoder),
    operator: optionalText(COLUMN.operator),
    district: repeated(resultDistrictDecoder(config)),
    rectification: repeated(rectificationDecoder),
    siteName: optionalText(COLUMN.siteName),
    siteId: optionalText(COLUMN.siteId),
    siteVeto: memoized(categoryResolver(config.websites.vetoCategories)),
    siteDeduction: memoized(categoryResolver(config.websites.deductionCategories)),
  };
}

function memoized(resolve: Resolve): Resolve {
  const seen = new Map<string, CategoryValue[]>();
  return (text) => {
    let values = seen.get(text);
    if (values === undefined) {
      values = resolve(text);
      seen.set(text, values);
    }
    return values;
  };
}

/** The platform every website row reads as. */
const WEBSITE_PLATFORM_VALUE: PlatformValue = { raw: WEBSITE_PLATFORM, bucket: '其他', known: true };

/** What a row's sheet tells about it. */
export interface SheetFacts {
  /** The month the sheet's name says, if any. */
  sheetMonth: string | null;
  sheetName: string;
  columns: Readonly<Partial<Record<CheckField, string>>>;
  /** True for a sheet of website checks (its header has 网站名称 or 网站标识码, or its name says 网站). */
  websiteSheet?: boolean;
}

/**
 * Decodes a results row. Null when the row cannot become a check (no month, no way to name the
 * account, or an unreadable month); each reason is a diagnostic at its cell.
 */
export function decodeCheckRow(
  cells: RowCells<CheckField>,
  decoders: CheckDecoders,
  facts: SheetFacts,
): CheckRow | null {
  const monthCell = cells.get('month', decoders.month);
  const explicitKind = cells.get('kind', decoders.kind);
  const name = cells.get('name', decoders.name);
  const platform = cells.get('platform', decoders.platform);
  const filingId = cells.get('filingId', decoders.filingId);
  const score = cells.get('score', decoders.score);
  const vetoMarked = cells.get('veto', decoders.veto);
  const vetoNote = cells.get('vetoReason', decoders.vetoReason);
  const problem = cells.get('problem', decoders.problem);
  const conclusion = cells.get('conclusion', decoders.conclusion);
  const reposting = cells.get('reposting', decoders.reposting) ?? false;
  const deductions = cells.get('deduction', decoders.deduction);
  const deductionPoints = cells.get('deductionPoints', decoders.deductionPoints);
  const unregistered = cells.get('filing', decoders.filing) === true;
  const rectification = cells.get('rectification', decoders.rectification);

  const siteName = cells.get('siteName', decoders.siteName);
  const siteId = cells.get('siteId', decoders.siteId);
  const website = facts.websiteSheet === true || (platform !== undefined && isWebsitePlatform(platform.raw));
  if (website)
    return decodeWebsiteCheck(cells, decoders, facts, {
      monthCell,
      explicitKind,
      name: name ?? siteName,
      id: siteId ?? filingId,
      unregistered,
      findings: {
        score,
        vetoMarked,
        vetoNote,
        problem,
        conclusion,
        reposting,
        deductionPoints,
        rectification,
      },
    });

  const month = rowMonth(cells, monthCell, facts);
  const identified = identify(cells, name, platform, unregistered ? undefined : filingId);
  if (month === undefined || !identified) return null;

  const scoreWritten = !isEmptyValue(cells.cell('score'));
  const kind = explicitKind ?? (scoreWritten ? '全面检查' : '单否专项检查');
  const veto = vetoMarked === true || vetoNote?.veto === true;
  const row: CheckRow = { month, kind, veto, reposting, at: cells.at, columns: facts.columns };
  if (name !== undefined) row.name = name;
  if (platform !== undefined) {
    row.platformRaw = platform.raw;
    row.platform = platform.bucket;
  }
  if (filingId !== undefined) row.filingId = filingId;
  if (score !== undefined) row.score = score;
  if (vetoNote?.reason !== undefined) row.vetoReason = vetoNote.reason;
  if (problem !== undefined) row.problem = problem;
  if (conclusion !== undefined) row.conclusion = conclusion;
  const vetoCategories = categoryNames(cells, 'vetoReason', vetoNote?.categories, 'vetoCategories');
  if (vetoCategories) row.vetoCategories = vetoCategories;
  const deductionNames = categoryNames(cells, 'deduction', deductions, 'deductionCategories');
  if (deductionNames) row.deductions = deductionNames;
  if (deductionPoints !== undefined) row.deductionPoints = deductionPoints;
  if (rectification !== undefined) row.rectification = rectification;
  const operator = cells.get('operator', decoders.operator);
  const district = cells.get('district', decoders.district);
  if (operator !== undefined) row.operator = operator;
  if (district !== undefined) row.district = district;
  if (unregistered) unregisteredRules(cells, row);
  rowRules(cells, row, { scoreWritten, vetoMarked, vetoNoted: vetoNote?.veto === true });
  return row;
}

/** The fields of a row other than its month and whom it names, as `decodeCheckRow` reads them. */
interface Findings {
  score: number | undefined;
  vetoMarked: boolean | undefined;
  vetoNote: VetoNote | undefined;
  problem: string | undefined;
  conclusion: CheckRow['conclusion'] | undefined;
  reposting: boolean;
  deductionPoints: number | undefined;
  rectification: CheckRow['rectification'] | undefined;
}

/**
 * A row of a website check (docs/workspace.md §11): named by 网站名称 or 网站标识码, its categories from the
 * websites' own lists; otherwise read as an account's row.
 */
function decodeWebsiteCheck(
  cells: RowCells<CheckField>,
  decoders: CheckDecoders,
  facts: SheetFacts,
  given: {
    monthCell: string | undefined;
    explicitKind: CheckKind | undefined;
    name: string | undefined;
    id: string | undefined;
    unregistered: boolean;
    /** The fields `decodeCheckRow` has read already (each cell is decoded once, its problems said once). */
    findings: Findings;
  },
): CheckRow | null {
  const month = rowMonth(cells, given.monthCell, facts);
  if (month === undefined) return null;
  if (given.name === undefined && given.id === undefined) {
    if (cells.failed('name') || cells.failed('siteName') || cells.failed('siteId')) return null;
    const field = cells.has('siteName') ? 'siteName' : cells.has('siteId') ? 'siteId' : 'name';
    cells.report(
      diagnosticAt(
        cells.cellAt(field),
        CHECK_MISSING_ACCOUNT_ID,
        'error',
        '本行没有网站名称，也没有网站标识码',
        '请填写网站台账中的网站名称或网站标识码',
      ),
    );
    return null;
  }
  const { score, vetoMarked, vetoNote, problem, conclusion, reposting, deductionPoints, rectification } =
    given.findings;
  const scoreWritten = !isEmptyValue(cells.cell('score'));
  const kind = given.explicitKind ?? (scoreWritten ? '全面检查' : '单否专项检查');
  const veto = vetoMarked === true || vetoNote?.veto === true;
  const row: CheckRow = { month, kind, veto, reposting, at: cells.at, columns: facts.columns, website: true };
  row.platformRaw = WEBSITE_PLATFORM_VALUE.raw;
  row.platform = WEBSITE_PLATFORM_VALUE.bucket;
  if (given.name !== undefined) row.name = given.name;
  if (given.id !== undefined && !given.unregistered) row.filingId = given.id;
  if (score !== undefined) row.score = score;
  if (vetoNote?.reason !== undefined) row.vetoReason = vetoNote.reason;
  if (problem !== undefined) row.problem = problem;
  if (conclusion !== undefined) row.conclusion = conclusion;
  const reason = vetoNote?.reason;
  const vetoValues = reason === undefined ? undefined : decoders.siteVeto(reason);
  const vetoCategories = categoryNames(cells, 'vetoReason', vetoValues, 'websites.vetoCategories');
  if (vetoCategories) row.vetoCategories = vetoCategories;
  const deductionCell = cells.cell('deduction');
  const deductionValues =
    isEmptyValue(deductionCell) || parseYesNo(deductionCell) !== null || cells.failed('deduction')
      ? undefined
      : decoders.siteDeduction(cellText(deductionCell));
  const deductionNames = categoryNames(cells, 'deduction', deductionValues, 'websites.deductionCategories');
  if (deductionNames) row.deductions = deductionNames;
  if (deductionPoints !== undefined) row.deductionPoints = deductionPoints;
  if (rectification !== undefined) row.rectification = rectification;
  if (given.unregistered) {
    row.unregistered = true;
    const operator = cells.get('operator', decoders.operator);
    const district = cells.get('district', decoders.district);
    if (operator !== undefined) row.operator = operator;
    if (district !== undefined) row.district = district;
  }
  rowRules(cells, row, { scoreWritten, vetoMarked, vetoNoted: vetoNote?.veto === true });
  return row;
}

/**
 * The names of a cell's categories, or undefined when it names none; CHECK_CATEGORY_NEAR_MISS for a
 * category that is not the config's but close to one of its spellings.
 */
function categoryNames(
  cells: RowCells<CheckField>,
  field: 'vetoReason' | 'deduction',
  values: readonly CategoryValue[] | undefined,
  configField:
    | 'vetoCategories'
    | 'deductionCategories'
    | 'websites.vetoCategories'
    | 'websites.deductionCategories',
): string[] | undefined {
  if (values === undefined || values.length === 0) return undefined;
  for (const v of values) {
    if (v.near === undefined) continue;
    cells.report(
      diagnosticAt(
        cells.cellAt(field),
        CHECK_CATEGORY_NEAR_MISS,
        'warning',
        `${COLUMN[field].header}“${v.name}”不是配置中的类别，将单独作为一类统计`,
        `是否应为“${v.near}”？如确是另一类问题，可在配置 ${configField} 中登记这一写法`,
      ),
    );
  }
  return values.map((v) => v.name);
}

/**
 * An account found unregistered (备案情况 未备案): CHECK_UNREGISTERED_INCOMPLETE when its 开设主体 or
 * 所属地区 is missing (the circular names both).
 */
function unregisteredRules(cells: RowCells<CheckField>, row: CheckRow): void {
  row.unregistered = true;
  const { operator, district } = row;
  if (operator !== undefined && district !== undefined) return;
  if (cells.failed('operator') || cells.failed('district')) return;
  const missing = [operator === undefined ? '开设主体' : '', district === undefined ? '所属地区' : '']
    .filter((m) => m !== '')
    .join('和');
  cells.report(
    diagnosticAt(
      cells.cellAt(operator === undefined ? 'operator' : 'district'),
      CHECK_UNREGISTERED_INCOMPLETE,
      'warning',
      `未备案账号“${row.name ?? ''}”没有填写${missing}`,
      '通报点名未备案账号时列出开设主体和所属地区；请在本行补填（表头可用“开设主体”“所属地区”）',
    ),
  );
}

/** The row's month: its 检查月份 cell, else the sheet name's month; CHECK_NO_MONTH when neither. */
function rowMonth(
  cells: RowCells<CheckField>,
  monthCell: string | undefined,
  facts: SheetFacts,
): string | undefined {
  if (cells.failed('month')) return undefined;
  const month = monthCell ?? facts.sheetMonth ?? undefined;
  if (month === undefined) {
    cells.report(
      diagnosticAt(
        cells.cellAt('month'),
        CHECK_NO_MONTH,
        'error',
        `本行没有检查月份，工作表名称“${facts.sheetName}”也没有写明月份`,
        `请填写检查月份（${MONTH_FORMS}），或把工作表命名为“2022年10月”这样的月份`,
      ),
    );
    return undefined;
  }
  if (monthCell !== undefined && facts.sheetMonth && monthCell !== facts.sheetMonth) {
    cells.report(
      diagnosticAt(
        cells.cellAt('month'),
        CHECK_MONTH_SHEET_MISMATCH,
        'warning',
        `检查月份${monthCell}与工作表名称“${facts.sheetName}”所写的${facts.sheetMonth}不一致`,
        '按单元格中的检查月份统计；请核对',
      ),
    );
  }
  return month;
}

/**
 * True when the row names its account: 备案编号, or 账号名称 with 平台类型. An account found unregistered
 * has no 备案编号 to go by (the caller passes none): it needs its name and platform.
 */
function identify(
  cells: RowCells<CheckField>,
  name: string | undefined,
  platform: PlatformValue | undefined,
  filingId: string | undefined,
): boolean {
  if (filingId !== undefined || (name !== undefined && platform !== undefined)) return true;
  if (cells.failed('name') || cells.failed('platform') || cells.failed('filingId')) return false;
  const [at, message] =
    name !== undefined
      ? [cells.cellAt('platform'), `账号“${name}”没有填写平台类型`]
      : [cells.cellAt(cells.has('name') ? 'name' : 'filingId'), '本行没有账号名称，也没有备案编号'];
  cells.report(
    diagnosticAt(
      at,
      CHECK_MISSING_ACCOUNT_ID,
      'error',
      message,
      '请填写账号名称和平台类型，或填写台账中的备案编号',
    ),
  );
  return false;
}

/** The rules within one row: 全面检查 needs a score; 合格 contradicts a 单项否决. */
function rowRules(
  cells: RowCells<CheckField>,
  row: CheckRow,
  written: { scoreWritten: boolean; vetoMarked: boolean | undefined; vetoNoted: boolean },
): void {
  if (row.kind === '全面检查' && !written.scoreWritten) {
    cells.report(
      diagnosticAt(
        cells.cellAt(cells.has('score') ? 'score' : 'kind'),
        CHECK_FULL_WITHOUT_SCORE,
        'error',
        '全面检查没有得分',
        '全面检查须填写 0–100 的得分；如是单否专项检查，请改检查类型',
      ),
    );
  }
  if (row.veto && row.conclusion === '合格') {
    const reason = row.vetoReason === undefined ? '' : `（${row.vetoReason}）`;
    cells.report(
      diagnosticAt(
        cells.cellAt('conclusion'),
        CHECK_PASS_WITH_VETO,
        'error',
        `检查结论为合格，但有单项否决${reason}`,
        '有单项否决的账号不合格；请核对检查结论或单项否决',
      ),
    );
  }
  // NOTE: only where the sheet has a 否决情形 column: a sheet of part one's columns names no categories.
  if (
    written.vetoMarked === true &&
    cells.has('vetoReason') &&
    row.vetoCategories === undefined &&
    row.conclusion !== '合格'
  ) {
    const { thing } = row.website ? WEBSITE_TERMS : ACCOUNT_TERMS;
    cells.report(
      diagnosticAt(
        cells.cellAt('vetoReason'),
        CHECK_VETO_WITHOUT_CATEGORY,
        'warning',
        `单项否决填为“${cellText(cells.cell('veto'))}”，但没有填写否决情形`,
        `该${thing}仍按不合格统计、列入不合格名单，但通报按类别列出问题时不会有它；请在否决情形中写明类别，如${row.website ? '首页不更新' : '内容不更新'}`,
      ),
    );
  }
  const vetoCell = cells.cell('veto');
  if (written.vetoMarked === false && written.vetoNoted && !isEmptyValue(vetoCell)) {
    cells.report(
      diagnosticAt(
        cells.cellAt('veto'),
        CHECK_VETO_CONFLICT,
        'warning',
        `单项否决填为“${cellText(vetoCell)}”，但填写了否决情形“${cellText(cells.cell('vetoReason'))}”`,
        '填写了否决情形即按单项否决处理；如无否决，请清空否决情形',
      ),
    );
  }
}
