/**
 * Generates a benchmark workspace: N accounts in a registry and six months of inspection results
 * (2022-07 … 2022-12: 单否专项检查 in Jul, Aug, Oct, Nov; 全面检查 in Sep and Dec) in three results
 * workbooks of two monthly sheets each, shaped like the sample: a merged title row above the header,
 * Chinese text, months as text or as date cells, a few failures, accounts filed and closed during the
 * half-year. One workbook uses inline strings (as Java exporters write them), the others shared strings.
 *
 *   npx tsx scripts/bench/generate-workspace.ts 20000 [outDir]           # default outDir .bench/ws-20000-…
 *   npx tsx scripts/bench/generate-workspace.ts 20000 --messy [outDir]   # as offices really send it
 *
 * The messy variant (`--messy`, cached as .bench/ws-messy-…) has the same accounts and results, written as
 * offices send them: header aliases (名称, 平台, 编号, 主办单位, 月份, 分数, 结论 …), 序号 and scores typed as
 * text (some in full-width digits), registry dates in three spellings (date cells, 2022/3/4, 2022年3月4日),
 * full-width platform spellings (ＡＰＰ, 新浪微博　), unit names holding XML's specials (R&D, <试点>), and a
 * few hundred warnings: platforms outside the known spellings (counted as 其他, as pandas counts them).
 *
 * NOTE: deterministic: a seeded PRNG, no clock, and the zip repacked with fixed entry times, so the same
 * parameters give the same bytes. Workspaces are cached under `.bench/` keyed by their parameters
 * (`ensureWorkspace`); bump `GENERATOR_VERSION` when the output changes.
 * Workbooks are written with exceljs's streaming writer, so 100,000 accounts (~650,000 rows) fit in memory.
 */
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate, Zip, ZipDeflate } from 'fflate';
import { CHECK_COLUMNS } from '../../src/checks/columns.js';
import { REGISTRY_COLUMNS } from '../../src/registry/columns.js';

/** Bump when the generated data or its layout changes: cached workspaces are keyed by it. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 20221231;

type Bucket = '微信公众号' | '微博' | '移动客户端' | '其他';
type Kind = '单否专项检查' | '全面检查';

const YEAR = 2022;
const AS_OF = '2022-12-31';
const DISTRICTS = ['江阴市', '宜兴市', '梁溪区', '锡山区', '惠山区', '滨湖区', '新吴区', '经济开发区'];
const AREA_SHORT: Record<string, string> = {
  市级: '无锡',
  江阴市: '江阴',
  宜兴市: '宜兴',
  梁溪区: '梁溪',
  锡山区: '锡山',
  惠山区: '惠山',
  滨湖区: '滨湖',
  新吴区: '新吴',
  经济开发区: '经开',
};
/** [unit name suffix, account short name] of the departments a unit may be. */
const DEPARTMENTS: readonly (readonly [string, string])[] = [
  ['人民政府办公室', '发布'],
  ['发展和改革委员会', '发改'],
  ['教育局', '教育'],
  ['公安局', '公安'],
  ['民政局', '民政'],
  ['司法局', '司法'],
  ['财政局', '财政'],
  ['人力资源和社会保障局', '人社'],
  ['自然资源和规划局', '自然资源'],
  ['生态环境局', '生态环境'],
  ['住房和城乡建设局', '住建'],
  ['城市管理局', '城管'],
  ['交通运输局', '交通'],
  ['农业农村局', '农业农村'],
  ['卫生健康委员会', '卫健'],
  ['市场监督管理局', '市场监管'],
  ['应急管理局', '应急'],
  ['文化广电和旅游局', '文旅'],
  ['商务局', '商务'],
  ['水利局', '水利'],
  ['退役军人事务局', '退役军人'],
  ['医疗保障局', '医保'],
  ['行政审批局', '政务服务'],
  ['科学技术局', '科技'],
];
/** Platform spellings as registries write them, weighted. */
const SPELLINGS: Record<Bucket, readonly (readonly [string, number])[]> = {
  微信公众号: [
    ['微信公众号', 70],
    ['微信', 20],
    ['公众号', 10],
  ],
  微博: [
    ['新浪微博', 60],
    ['微博', 40],
  ],
  移动客户端: [
    ['移动客户端', 70],
    ['APP', 30],
  ],
  其他: [
    ['抖音', 50],
    ['今日头条', 20],
    ['视频号', 20],
    ['快手', 10],
  ],
};
const VETO_REASONS = ['内容不更新', '互动回应差', '安全问题'] as const;
const PROBLEMS: Record<(typeof VETO_REASONS)[number], string> = {
  内容不更新: '连续两周以上未发布任何信息，首页内容明显滞后',
  互动回应差: '群众在留言区咨询办事材料，超过十个工作日无人答复',
  安全问题: '发布的图片含有未经处理的个人身份信息',
};
const MINOR_PROBLEMS = ['个别栏目更新不够及时', '部分外链无法打开', '留言答复用语不够规范'];

/** One registry row. Dates `YYYY-MM-DD`. */
export interface BenchAccount {
  name: string;
  platform: string;
  bucket: Bucket;
  operator: string;
  district: string;
  filingId: string;
  filedOn: string;
  status: '正常' | '关停' | '注销';
  closedOn?: string;
  lastUpdate: string;
}

/** One results row. */
export interface BenchCheck {
  account: number;
  month: number;
  score?: number;
  vetoReason?: (typeof VETO_REASONS)[number];
  problem?: string;
  reposting: boolean;
}

/** What a generated workspace holds, written to `manifest.json` beside it. */
export interface BenchManifest {
  version: number;
  accounts: number;
  seed: number;
  /** Written as offices send their sheets (see the file's comment). */
  messy: boolean;
  /** Data rows of the registry (the 合计 row left out). */
  registryRows: number;
  /** Data rows of the results workbooks. */
  checkRows: number;
  checkFiles: string[];
}

// ---------------------------------------------------------------------------------------------------
// Seeded randomness and dates

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const toDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const fromDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const pad2 = (n: number): string => String(n).padStart(2, '0');
const monthStart = (m: number): string => `${YEAR}-${pad2(m)}-01`;
const monthEnd = (m: number): string =>
  fromDay(toDay(m === 12 ? `${YEAR + 1}-01-01` : monthStart(m + 1)) - 1);
const utcDate = (date: string): Date => new Date(`${date}T00:00:00Z`);
const kindOf = (m: number): Kind => (m % 3 === 0 ? '全面检查' : '单否专项检查');
const CN_DIGITS = '〇一二三四五六七八九';
const chineseSerial = (n: number): string => [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  weighted(table: readonly (readonly [string, number])[]): string {
    let r = this.next() * table.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1]![0];
  }
  day(from: string, to: string): string {
    return fromDay(this.int(toDay(from), toDay(to)));
  }
}

// ---------------------------------------------------------------------------------------------------
// The data

/** When an account was filed and closed: most run throughout; a few come and go during the half-year. */
function lifetime(rnd: Random): Pick<BenchAccount, 'filedOn' | 'status' | 'closedOn' | 'lastUpdate'> {
  const r = rnd.float();
  if (r < 0.01) {
    const filedOn = rnd.day('2023-01-03', '2023-01-31');
    return { filedOn, status: '正常', lastUpdate: filedOn };
  }
  if (r < 0.04)
    return {
      filedOn: rnd.day('2022-06-20', '2022-12-10'),
      status: '正常',
      lastUpdate: rnd.day('2022-12-20', AS_OF),
    };
  const filedOn = rnd.day('2015-01-01', '2022-05-31');
  if (r < 0.055) {
    const closedOn = rnd.day('2022-07-10', '2022-12-20');
    return { filedOn, status: '注销', closedOn, lastUpdate: fromDay(toDay(closedOn) - rnd.int(1, 30)) };
  }
  if (r < 0.065) {
    const closedOn = rnd.day('2021-01-01', '2022-05-31');
    return {
      filedOn: fromDay(Math.min(toDay(filedOn), toDay(closedOn) - 30)),
      status: '关停',
      closedOn,
      lastUpdate: fromDay(toDay(closedOn) - rnd.int(1, 30)),
    };
  }
  return { filedOn, status: '正常', lastUpdate: rnd.day('2022-12-20', AS_OF) };
}

/**
 * The registry: units in turn, each with one to three accounts on different buckets. Names are unique
 * per bucket (the unit's short name and a serial), and no unit has two accounts on one bucket.
 */
export function makeAccounts(count: number, seed: number): BenchAccount[] {
  const rnd = new Random(seed);
  const accounts: BenchAccount[] = [];
  const buckets: readonly (readonly [string, number])[] = [
    ['微博', 25],
    ['其他', 20],
    ['移动客户端', 3],
  ];
  for (let unit = 0; accounts.length < count; unit++) {
    const district = rnd.float() < 0.33 ? '市级' : rnd.pick(DISTRICTS);
    const [suffix, short] = DEPARTMENTS[unit % DEPARTMENTS.length]!;
    const serial = Math.floor(unit / DEPARTMENTS.length);
    const place = district === '市级' ? '无锡市' : district === '经济开发区' ? '无锡经济开发区' : district;
    const operator =
      serial === 0 ? `${place}${suffix}` : `${place}${suffix}第${chineseSerial(serial)}服务中心`;
    const name = `${AREA_SHORT[district]}${short}${serial === 0 ? '' : chineseSerial(serial)}`;
    const ofUnit: Bucket[] = ['微信公众号'];
    for (const [bucket, percent] of buckets) if (rnd.int(1, 100) <= percent) ofUnit.push(bucket as Bucket);
    for (const bucket of ofUnit) {
      if (accounts.length >= count) break;
      const index = accounts.length;
      accounts.push({
        name,
        platform: rnd.weighted(SPELLINGS[bucket]),
        bucket,
        operator,
        district,
        filingId: `JS-${String(index + 1).padStart(7, '0')}`,
        ...lifetime(rnd),
      });
    }
  }
  return accounts;
}

/** True when the account is checked in month `m`: filed by the month's first day, still open at its end. */
function isCheckedIn(a: BenchAccount, m: number): boolean {
  return a.filedOn <= monthStart(m) && (a.closedOn === undefined || a.closedOn > monthEnd(m));
}

/** What a workspace holds: the registry's accounts and each month's checks (July first). */
export interface BenchPlan {
  accounts: BenchAccount[];
  /** Month (7–12) → its checks, in registry order. */
  checks: Map<number, BenchCheck[]>;
}

/** The data of a workspace of `count` accounts, before it is written. */
export function planWorkspace(count: number, seed = DEFAULT_SEED, messy = false): BenchPlan {
  const accounts = messy ? messyAccounts(makeAccounts(count, seed)) : makeAccounts(count, seed);
  const rnd = new Random(seed ^ 0x5bd1e995);
  const checks = new Map<number, BenchCheck[]>();
  for (const m of [7, 8, 9, 10, 11, 12]) checks.set(m, checksOf(accounts, m, rnd));
  return { accounts, checks };
}

/**
 * The messy workspace's accounts: the same, but about 1 in 80 on a platform outside the known spellings
 * (counted as 其他), and about 1 unit in 20 with XML's specials in its name.
 */
function messyAccounts(accounts: BenchAccount[]): BenchAccount[] {
  return accounts.map((a, i) => {
    const unit = [...a.operator].reduce((h, c) => (h * 31 + (c.codePointAt(0) ?? 0)) >>> 0, 7) % 20;
    const operator =
      unit === 0 ? `${a.operator}（R&D中心）` : unit === 1 ? `${a.operator}<试点>` : a.operator;
    if (i % 80 !== 7) return { ...a, operator };
    return { ...a, operator, platform: UNKNOWN_PLATFORMS[i % UNKNOWN_PLATFORMS.length]!, bucket: '其他' };
  });
}

/** The checks of one month, in registry order. */
function checksOf(accounts: readonly BenchAccount[], m: number, rnd: Random): BenchCheck[] {
  const rows: BenchCheck[] = [];
  accounts.forEach((a, account) => {
    if (!isCheckedIn(a, m)) return;
    const row: BenchCheck = { account, month: m, reposting: m >= 10 && rnd.float() < 0.06 };
    if (rnd.float() < (kindOf(m) === '全面检查' ? 0.004 : 0.006)) {
      row.vetoReason = rnd.pick(VETO_REASONS);
      row.problem = PROBLEMS[row.vetoReason];
    }
    if (kindOf(m) === '全面检查') {
      row.score = row.vetoReason ? rnd.int(40, 70) : rnd.float() < 0.3 ? 100 : rnd.int(160, 199) / 2;
      if (!row.vetoReason && row.score < 88 && rnd.float() < 0.5) row.problem = rnd.pick(MINOR_PROBLEMS);
    }
    rows.push(row);
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Writing

/** The canonical headers, from the same column table the readers use. */
// The part-one columns, whose cells the shapes below write by position.
const RESULT_HEADERS = CHECK_COLUMNS.slice(0, 11).map((c) => c.header);
/** The messy workspace's headers: an alias the readers accept for every column (src/checks/columns.ts). */
const MESSY_RESULT_HEADERS = [
  '月份',
  '检查方式',
  '名称',
  '平台',
  '编号',
  '分数',
  '是否单项否决',
  '否决原因',
  '存在问题',
  '结论',
  '是否转载权威信息',
];
const MESSY_REGISTRY_HEADERS = [
  '序号',
  '名称',
  '平台',
  '编号',
  '主办单位',
  '地区',
  '开设日期',
  '账号状态',
  '关停日期',
  '最后更新日期',
];
/** Platforms outside the known spellings (a warning each, counted as 其他): about 1 in 80 accounts. */
const UNKNOWN_PLATFORMS = ['澎湃号', '网易号', '人民号'];
/** Full-width or padded spellings the readers normalise (NFKC, trimmed). */
const WIDE_SPELLINGS: Record<string, string> = { APP: 'ＡＰＰ', 新浪微博: '新浪微博　', 微信: '微信 ' };
const RESULT_WIDTHS = [11, 13, 18, 12, 15, 7, 9, 11, 40, 9, 12];
const REGISTRY_HEADERS = ['序号', ...REGISTRY_COLUMNS.map((c) => c.header)];
const REGISTRY_WIDTHS = [8, 18, 12, 34, 11, 15, 12, 7, 12, 13];
const MONTH_FORMAT = 'yyyy"年"m"月"';

/** The three results workbooks: two months each. The second writes inline strings. */
const WORKBOOKS: readonly { file: string; months: readonly number[]; inline: boolean }[] = [
  { file: '2022年7-8月检查结果.xlsx', months: [7, 8], inline: false },
  { file: '2022年9-10月检查结果.xlsx', months: [9, 10], inline: true },
  { file: '2022年11-12月检查结果.xlsx', months: [11, 12], inline: false },
];

/** The 检查月份 cell of a month: text in several spellings, or a date cell in the full-check months. */
function monthCell(m: number): string | Date {
  if (kindOf(m) === '全面检查') return utcDate(monthStart(m));
  return m % 2 === 0 ? `${YEAR}年${m}月` : `${YEAR}-${pad2(m)}`;
}

type Cell = string | number | Date | null;

/** Digits, signs and the decimal point in their full-width forms, as an IME in full-width mode types them. */
const fullWidth = (text: string): string =>
  text.replace(/[0-9.]/g, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0));

/** A score as the messy sheets hold it: a number, text, or full-width text. */
function messyScore(score: number | undefined, account: number): Cell {
  if (score === undefined) return null;
  if (account % 17 === 0) return fullWidth(String(score));
  return account % 3 === 1 ? String(score) : score;
}

/** A registry date in one of three spellings: a date cell, 2022/3/4, 2022年3月4日. */
function messyDate(date: string, i: number): Cell {
  const [y, m, d] = date.split('-').map(Number);
  if (i % 3 === 0) return utcDate(date);
  return i % 3 === 1 ? `${y}/${m}/${d}` : `${y}年${m}月${d}日`;
}

function resultCells(r: BenchCheck, a: BenchAccount, messy: boolean): Cell[] {
  const full = kindOf(r.month) === '全面检查';
  const veto = r.vetoReason !== undefined;
  const tick = r.month === 11;
  return [
    monthCell(r.month),
    r.month === 8 ? '专项检查' : kindOf(r.month),
    a.name,
    full ? (a.bucket === '其他' ? a.platform : a.bucket) : a.platform,
    a.filingId,
    messy ? messyScore(r.score, r.account) : (r.score ?? null),
    tick ? (veto ? '√' : null) : veto ? '是' : '否',
    r.vetoReason ?? null,
    r.problem ?? null,
    veto ? '不合格' : '合格',
    tick ? (r.reposting ? '√' : null) : r.reposting ? '是' : '否',
  ];
}

/** Inline strings: exceljs writes rich text as `t="inlineStr"`, the way Apache POI's SXSSF does. */
function inlineText(cells: Cell[]): ExcelJS.CellValue[] {
  return cells.map((c) => (typeof c === 'string' ? { richText: [{ text: c }] } : c));
}

type SheetWriter = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

function addTitle(
  ws: SheetWriter,
  title: string,
  headers: readonly string[],
  widths: readonly number[],
): void {
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const titleRow = ws.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  titleRow.alignment = { horizontal: 'center' };
  ws.mergeCells(1, 1, 1, headers.length);
  titleRow.commit();
  const header = ws.addRow([...headers]);
  header.font = { bold: true };
  header.commit();
}

/** A streaming workbook writer whose document properties carry a fixed date, not the clock's. */
function workbookWriter(path: string, useSharedStrings: boolean): ExcelJS.stream.xlsx.WorkbookWriter {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings, useStyles: true });
  wb.creator = 'circular bench';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

async function writeRegistry(accounts: readonly BenchAccount[], path: string, messy: boolean): Promise<void> {
  const wb = workbookWriter(path, true);
  const ws = wb.addWorksheet('账号台账');
  const headers = messy ? MESSY_REGISTRY_HEADERS : REGISTRY_HEADERS;
  addTitle(ws, '无锡市政务新媒体账号台账（2023年2月更新）', headers, REGISTRY_WIDTHS);
  if (messy) {
    accounts.forEach((a, i) => {
      const platform = i % 5 === 2 ? (WIDE_SPELLINGS[a.platform] ?? a.platform) : a.platform;
      const row = ws.addRow([
        String(i + 1),
        a.name,
        platform,
        a.filingId,
        a.operator,
        a.district,
        messyDate(a.filedOn, i),
        a.status,
        a.closedOn ? messyDate(a.closedOn, i + 1) : null,
        messyDate(a.lastUpdate, i + 2),
      ]);
      for (const col of [7, 9, 10]) row.getCell(col).numFmt = 'yyyy-mm-dd';
      row.commit();
    });
    ws.addRow(['合计', `${accounts.length}个`]).commit();
    ws.commit();
    await wb.commit();
    return;
  }
  accounts.forEach((a, i) => {
    const row = ws.addRow([
      i + 1,
      a.name,
      a.platform,
      a.operator,
      a.district,
      a.filingId,
      utcDate(a.filedOn),
      a.status,
      a.closedOn ? utcDate(a.closedOn) : null,
      utcDate(a.lastUpdate),
    ]);
    for (const col of [7, 9, 10]) row.getCell(col).numFmt = 'yyyy-mm-dd';
    row.commit();
  });
  ws.addRow(['合计', `${accounts.length}个`]).commit();
  ws.commit();
  await wb.commit();
}

async function writeResults(
  plan: BenchPlan,
  spec: (typeof WORKBOOKS)[number],
  path: string,
  messy: boolean,
): Promise<number> {
  const wb = workbookWriter(path, !spec.inline);
  let count = 0;
  for (const m of spec.months) {
    const ws = wb.addWorksheet(`${YEAR}年${m}月`);
    const headers = messy ? MESSY_RESULT_HEADERS : RESULT_HEADERS;
    addTitle(ws, `${YEAR}年${m}月全市政务新媒体${kindOf(m)}结果`, headers, RESULT_WIDTHS);
    for (const r of plan.checks.get(m) ?? []) {
      const cells = resultCells(r, plan.accounts[r.account]!, messy);
      const row = ws.addRow(spec.inline ? inlineText(cells) : cells);
      if (kindOf(m) === '全面检查') row.getCell(1).numFmt = MONTH_FORMAT;
      row.commit();
      count++;
    }
    ws.commit();
  }
  await wb.commit();
  return count;
}

/** The workbooks' created and modified dates. */
const FIXED_DATE = new Date(Date.UTC(2023, 0, 5));
/** Fixed zip entry time (local fields, so the bytes do not depend on TZ). */
const ZIP_MTIME = new Date(2023, 0, 5, 9, 0, 0);

/**
 * Rewrites a zip with fixed entry times and a fixed compression level (exceljs stamps the current time),
 * streaming so that a large workbook is never held inflated.
 */
async function repack(from: string, to: string): Promise<void> {
  const out = createWriteStream(to);
  const done = new Promise<void>((resolveDone, reject) => {
    out.on('finish', resolveDone);
    out.on('error', reject);
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    out.write(chunk);
    if (final) out.end();
  });
  const unzip = new Unzip((file) => {
    const entry = new ZipDeflate(file.name, { level: 6 });
    entry.mtime = ZIP_MTIME;
    zip.add(entry);
    file.ondata = (error, data, final) => {
      if (error) throw error;
      entry.push(data, final);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const bytes = readFileSync(from);
  const step = 1 << 20;
  for (let i = 0; i < bytes.length; i += step)
    unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  zip.end();
  await done;
}

async function writeRepacked(path: string, write: (tmp: string) => Promise<unknown>): Promise<void> {
  const tmp = `${path}.tmp`;
  await write(tmp);
  await repack(tmp, path);
  rmSync(tmp);
}

/** Writes the workspace into `dir` (created) and returns its manifest. */
export async function generateWorkspace(
  dir: string,
  accountCount: number,
  seed = DEFAULT_SEED,
  messy = false,
): Promise<BenchManifest> {
  mkdirSync(join(dir, 'checks'), { recursive: true });
  const plan = planWorkspace(accountCount, seed, messy);
  const accounts = plan.accounts;
  // Step 1: the registry.
  await writeRepacked(join(dir, 'registry.xlsx'), (tmp) => writeRegistry(accounts, tmp, messy));
  // Step 2: the results, one workbook per two months.
  let checkRows = 0;
  for (const spec of WORKBOOKS) {
    await writeRepacked(join(dir, 'checks', spec.file), async (tmp) => {
      checkRows += await writeResults(plan, spec, tmp, messy);
    });
  }
  // Step 3: the config and the manifest.
  const config = { city: '无锡', districts: DISTRICTS };
  writeFileSync(join(dir, 'circular.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  const manifest: BenchManifest = {
    version: GENERATOR_VERSION,
    accounts: accountCount,
    seed,
    messy,
    registryRows: accounts.length,
    checkRows,
    checkFiles: WORKBOOKS.map((w) => `checks/${w.file}`),
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The cache folder of a workspace's parameters. */
export function workspaceDirFor(accounts: number, seed = DEFAULT_SEED, messy = false): string {
  return join(ROOT, '.bench', `ws-${messy ? 'messy-' : ''}${accounts}-s${seed}-v${GENERATOR_VERSION}`);
}

/** The cached workspace of these parameters, generated first when missing. */
export async function ensureWorkspace(
  accounts: number,
  seed = DEFAULT_SEED,
  messy = false,
): Promise<{ dir: string; manifest: BenchManifest; generatedMs?: number }> {
  const dir = workspaceDirFor(accounts, seed, messy);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    return { dir, manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as BenchManifest };
  }
  const started = performance.now();
  const tmp = `${dir}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  const manifest = await generateWorkspace(tmp, accounts, seed, messy);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { dir, manifest, generatedMs: performance.now() - started };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const messy = args.includes('--messy');
  const [count, out] = args.filter((a) => a !== '--messy');
  const accounts = Number(count ?? 20_000);
  if (!Number.isInteger(accounts) || accounts < 1)
    throw new Error('usage: generate-workspace.ts ACCOUNTS [--messy] [outDir]');
  const started = performance.now();
  const manifest = out
    ? await generateWorkspace(resolve(out), accounts, DEFAULT_SEED, messy)
    : (await ensureWorkspace(accounts, DEFAULT_SEED, messy)).manifest;
  const where = out ? resolve(out) : workspaceDirFor(accounts, DEFAULT_SEED, messy);
  console.log(
    `${where}: ${manifest.registryRows} accounts, ${manifest.checkRows} result rows (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
