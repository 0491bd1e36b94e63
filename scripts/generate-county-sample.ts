/**
 * Generates the county sample workspace `fixtures/qingwu-2023/` from its plan (`county-sample/plan.ts`):
 * the registry, one results workbook per month of 2023 from January to July, the config and a README.
 * 青梧县 and everything in it are our own invention.
 *
 * Usage: `npx tsx scripts/generate-county-sample.ts [outDir]` (default `fixtures/qingwu-2023`).
 *
 * NOTE: byte-for-byte deterministic (seeded plan, fixed workbook dates, repacked zip). The script checks
 * the plan's promises (sampled and full months, categories, unregistered accounts, re-checks) before it
 * writes anything, and exits 1 when one is broken.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import {
  ACCOUNTS,
  CHECKS,
  CONFIG,
  FULL_MONTHS,
  isRegisteredAt,
  isWebsiteOpenAt,
  MONTHS,
  monthEnd,
  type PlannedCheck,
  type PlannedUnregistered,
  type PlannedWebsiteCheck,
  SITE_NAMED_BY_ID,
  UNREGISTERED,
  WEBSITE_CHECKS,
  WEBSITE_MONTHS,
  WEBSITES,
  websiteRowFails,
} from './county-sample/plan.js';
import { headerRow, saveWorkbook, titleRow } from './sample-workbook.js';

const FIXED_DATE = new Date(Date.UTC(2023, 7, 1));
const ZIP_MTIME = new Date(2023, 7, 1, 9, 0, 0);

// ---------------------------------------------------------------------------------------------------
// Self-check

function checkPlan(): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  for (const month of MONTHS) {
    const registered = ACCOUNTS.filter((a) => isRegisteredAt(a, monthEnd(month))).length;
    const checked = CHECKS.filter((c) => c.month === month).length;
    if (FULL_MONTHS.includes(month))
      expect(checked === registered, `${month}: a 全面检查 checks every account`);
    else
      expect(
        checked < registered && checked > registered / 2,
        `${month}: a 抽查 checks more than half, not all`,
      );
  }
  const vetoes = CHECKS.filter((c) => c.veto).map((c) => c.veto!);
  expect(
    vetoes.some((v) => /[；;、]/.test(v)),
    'one 否决情形 cell names two categories',
  );
  expect(
    CHECKS.some((c) => c.deduction && /[、，,]/.test(c.deduction)),
    'one 扣分情形 cell names two categories',
  );
  expect(UNREGISTERED.length === 2, 'two accounts are found unregistered');
  const june = CHECKS.filter((c) => c.month === '2023-06');
  expect(
    june.some((c) => c.rectification === '已整改') && june.some((c) => c.rectification === '未整改'),
    'June re-checks May: one fixed, one still failing',
  );
  expect(
    ACCOUNTS.some((a) => a.status === '注销') && ACCOUNTS.some((a) => a.filedOn > '2023-06-30'),
    'one account closed and one filed after June',
  );
  // The websites
  expect(WEBSITES.length === 20, 'twenty websites');
  const juneEnd = monthEnd('2023-06');
  const openInJune = WEBSITES.filter((w) => isWebsiteOpenAt(w, juneEnd));
  expect(
    ACCOUNTS.filter((a) => isRegisteredAt(a, juneEnd)).length === 60,
    'sixty accounts registered at the end of June',
  );
  for (const month of WEBSITE_MONTHS) {
    const rows = WEBSITE_CHECKS.filter((c) => c.month === month);
    expect(rows.some(websiteRowFails), `${month}: some website fails`);
  }
  expect(
    WEBSITE_CHECKS.filter((c) => c.month === '2023-05').length < openInJune.length,
    'May samples the websites',
  );
  expect(
    WEBSITE_CHECKS.some((c) => c.veto === undefined && websiteRowFails(c)),
    'a website fails on its score alone',
  );
  expect(
    WEBSITE_CHECKS.some((c) => c.rectification === '已整改') &&
      WEBSITE_CHECKS.some((c) => c.rectification === '未整改'),
    'a website re-check fixed and one still failing',
  );
  expect(
    WEBSITE_CHECKS.some((c) => c.website.name === SITE_NAMED_BY_ID && c.byIdOnly),
    'a website named by 网站标识码 only',
  );
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Writing

const REGISTRY_HEADERS = [
  '序号',
  '账号名称',
  '平台类型',
  '开设主体',
  '所属地区',
  '备案编号',
  '备案日期',
  '状态',
  '注销日期',
];

function writeRegistry(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('账号台账');
  titleRow(ws, '青梧县政务新媒体账号台账', REGISTRY_HEADERS.length);
  headerRow(ws, REGISTRY_HEADERS, [6, 16, 12, 30, 11, 10, 12, 7, 12]);
  ACCOUNTS.forEach((a, i) => {
    ws.addRow([
      i + 1,
      a.name,
      a.platform,
      a.operator,
      a.district,
      a.filingId,
      new Date(`${a.filedOn}T00:00:00Z`),
      a.status,
      a.closedOn ? new Date(`${a.closedOn}T00:00:00Z`) : null,
    ]);
  });
  for (const col of [7, 9]) ws.getColumn(col).numFmt = 'yyyy-mm-dd';
  const sites = wb.addWorksheet('网站台账');
  titleRow(sites, '青梧县政府网站台账', WEBSITE_HEADERS.length);
  headerRow(sites, WEBSITE_HEADERS, [6, 30, 13, 12, 24, 30, 11, 12, 10, 12]);
  WEBSITES.forEach((w, i) => {
    sites.addRow([
      i + 1,
      w.name,
      w.siteId,
      w.siteTypeTyped,
      w.url,
      w.operator,
      w.district,
      new Date(`${w.openedOn}T00:00:00Z`),
      w.status,
      w.closedOn ? new Date(`${w.closedOn}T00:00:00Z`) : null,
    ]);
  });
  for (const col of [8, 10]) sites.getColumn(col).numFmt = 'yyyy-mm-dd';
  return saveWorkbook(wb, path, FIXED_DATE, ZIP_MTIME);
}

// The website registry's columns (docs/workspace.md §11); 网站标识码 is typed as text.
const WEBSITE_HEADERS = [
  '序号',
  '网站名称',
  '网站标识码',
  '网站类型',
  '网址',
  '主办单位',
  '所属地区',
  '开通日期',
  '运行状态',
  '关停日期',
];

// The results columns by their canonical headers (docs/workspace.md); 所属地区 and 开设主体 are filled
// for the accounts found unregistered only, as the registry holds them for the others.
const CHECK_HEADERS = [
  '序号',
  '检查月份',
  '检查类型',
  '账号名称',
  '平台类型',
  '所属地区',
  '开设主体',
  '得分',
  '否决情形',
  '扣分情形',
  '扣分',
  '备案情况',
  '整改情况',
  '检查结论',
];

function checkCells(c: PlannedCheck, seq: number): ExcelJS.CellValue[] {
  return [
    seq,
    c.month,
    c.kind,
    c.account.name,
    c.account.platform,
    null,
    null,
    c.score ?? null,
    c.veto ?? null,
    c.deduction ?? null,
    c.deductionPoints ?? null,
    '已备案',
    c.rectification ?? null,
    c.veto ? '不合格' : '合格',
  ];
}

function unregisteredCells(u: PlannedUnregistered, seq: number): ExcelJS.CellValue[] {
  return [
    seq,
    u.month,
    u.kind,
    u.name,
    u.platform,
    u.district,
    u.operator,
    u.kind === '全面检查' ? (u.veto ? 60 : 100) : null,
    u.veto ?? null,
    null,
    null,
    '未备案',
    null,
    u.veto ? '不合格' : '合格',
  ];
}

const WEBSITE_CHECK_HEADERS = [
  '序号',
  '检查月份',
  '检查类型',
  '网站名称',
  '网站标识码',
  '得分',
  '否决情形',
  '问题描述',
  '扣分情形',
  '扣分',
  '整改情况',
  '检查结论',
];

function websiteCheckCells(c: PlannedWebsiteCheck, seq: number): ExcelJS.CellValue[] {
  return [
    seq,
    c.month,
    c.kind,
    c.byIdOnly ? null : c.website.name,
    c.website.siteId,
    c.score ?? null,
    c.veto ?? null,
    c.problem ?? null,
    c.deduction ?? null,
    c.deductionPoints ?? null,
    c.rectification ?? null,
    websiteRowFails(c) ? '不合格' : '合格',
  ];
}

async function writeMonth(month: string, dir: string): Promise<string> {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${y}年${m}月`);
  const kind = FULL_MONTHS.includes(month) ? '全面检查' : '单否专项检查';
  titleRow(ws, `青梧县${y}年${m}月政务新媒体${kind}结果`, CHECK_HEADERS.length);
  headerRow(ws, CHECK_HEADERS, [6, 10, 13, 16, 12, 10, 26, 7, 24, 26, 7, 10, 10, 10]);
  let seq = 0;
  for (const c of CHECKS.filter((x) => x.month === month)) ws.addRow(checkCells(c, ++seq));
  for (const u of UNREGISTERED.filter((x) => x.month === month)) ws.addRow(unregisteredCells(u, ++seq));
  const siteRows = WEBSITE_CHECKS.filter((x) => x.month === month);
  if (siteRows.length > 0) {
    const sites = wb.addWorksheet('网站检查结果');
    titleRow(sites, `青梧县${y}年${m}月政府网站${kind}结果`, WEBSITE_CHECK_HEADERS.length);
    headerRow(sites, WEBSITE_CHECK_HEADERS, [6, 10, 13, 30, 13, 7, 24, 30, 30, 7, 10, 10]);
    siteRows.forEach((c, i) => {
      sites.addRow(websiteCheckCells(c, i + 1));
    });
  }
  const name = `${y}年${String(m).padStart(2, '0')}月${kind}.xlsx`;
  await saveWorkbook(wb, join(dir, name), FIXED_DATE, ZIP_MTIME);
  return name;
}

const README = `# 青梧县政府网站与政务新媒体样例数据（2023年1—7月）

青梧县及其乡镇、单位、网站和账号均为虚构，用于演示县级月度通报（政府网站与政务新媒体合并通报）。

- \`circular.config.json\`：县级的称呼（全县、县直部门单位、各乡镇（街道））、8个乡镇（街道）、整改报送期限；
  账号按台账所填平台称呼（\`accountLabel: "typed"\`）；政府网站合格分数线80分（\`websites.passScore\`）。
- \`registry.xlsx\`：工作表“账号台账”为政务新媒体账号（6月底在册60个），含3月注销的账号和7月新备案的账号；
  工作表“网站台账”为20个政府网站（门户网站1个、部门网站14个、专项网站5个），含4月关停的网站和5月开通的网站。
- \`checks/\`：每月一个检查结果工作簿。3月、6月为全面检查（全部账号，有得分和扣分情形），其余月份为单否专项检查
  （抽查约三分之二的账号，并复查上月不合格账号，填写整改情况）。6月检查发现2个未备案账号（备案情况填“未备案”）。
  3月、5月、6月的工作簿另有工作表“网站检查结果”：3月、6月全面检查全部网站（得分低于80分的不合格），
  5月抽查10个网站并复查3月不合格的网站；自然资源局网站只填了网站标识码。

生成：\`npx tsx scripts/generate-county-sample.ts\`。通报：\`circular build --month 2023-06\`、\`--quarter 2023Q2\`、
\`--half 2023H1\`。
`;

function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, 'utf8');
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? 'fixtures/qingwu-2023');
  // Step: self-check before anything is written
  const problems = checkPlan();
  if (problems.length > 0) {
    console.error(`Self-check failed:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  // Step: the workspace
  writeText(join(outDir, 'circular.config.json'), `${JSON.stringify(CONFIG, null, 2)}\n`);
  await writeRegistry(join(outDir, 'registry.xlsx'));
  const files: string[] = [];
  for (const month of MONTHS) files.push(await writeMonth(month, join(outDir, 'checks')));
  writeText(join(outDir, 'README.md'), README);
  console.log(
    `Self-check passed. Wrote ${outDir}: registry.xlsx (${ACCOUNTS.length} accounts, ${WEBSITES.length} websites), ${CHECKS.length + UNREGISTERED.length} account and ${WEBSITE_CHECKS.length} website check rows in ${files.length} workbooks`,
  );
}

await main();
