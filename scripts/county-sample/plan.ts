/**
 * The plan of the county sample workspace `fixtures/qingwu-2023/`: 青梧县, a county of our own invention
 * (its townships, units and accounts are fictional), that checks its 政务新媒体 every month of 2023 from
 * January to July and writes monthly circulars. The plan is pure data, so that the generator writes
 * it and the end-to-end tests compute the expected figures from it on their own.
 *
 * What it holds, on purpose:
 * - 单否专项检查 that sample about two thirds of the accounts (抽查) in January, February, April, May and
 *   July; 全面检查 of every account, with scores and 扣分情形, in March and June;
 * - veto categories (安全问题, 内容不更新, 互动回应差) typed in several spellings, one cell with two;
 * - deduction categories (内容更新不及时, 错别字, 功能无法使用), one cell with two;
 * - two accounts the June inspectors found unregistered (备案情况 未备案);
 * - re-checks of the previous month's unqualified accounts (整改情况), one of them failing again;
 * - an account closed in March and one filed in July (not counted at the end of June); sixty accounts
 *   registered at the end of June;
 * - twenty government websites (one portal, fourteen department, five special) in a 网站台账 sheet,
 *   checked in March and June (全面检查, scored, pass score 80) and sampled in May, in a 网站检查结果
 *   sheet of those months' workbooks: veto categories of the websites' own list in several spellings,
 *   one failing on its score alone, one named by 网站标识码 only, one closed in April and one opened in May,
 *   and re-checks of the month before.
 */

export type Bucket = '微信公众号' | '微博' | '移动客户端' | '其他';
export type Kind = '单否专项检查' | '全面检查';

/** The county's townships (its `districts`), in the order its circulars list them. */
export const TOWNSHIPS = [
  '青梧镇',
  '柳湾镇',
  '石门乡',
  '白沙镇',
  '枫林乡',
  '东坪街道',
  '西岭镇',
  '南塘乡',
] as const;

/** The level of the county's own departments: the registry's fixed `市级` value (docs/workspace.md). */
export const COUNTY_LEVEL = '市级';

export interface PlannedAccount {
  name: string;
  /** As the registry types it (canonical spellings, or the platform's name for 其他). */
  platform: string;
  bucket: Bucket;
  operator: string;
  /** `市级` for a county department, else a township. */
  district: string;
  filingId: string;
  filedOn: string;
  status: '正常' | '注销';
  closedOn?: string;
}

export interface PlannedCheck {
  /** `2023-06`. */
  month: string;
  kind: Kind;
  account: PlannedAccount;
  score?: number;
  /** 否决情形 as typed (a non-empty value is a 单项否决). */
  veto?: string;
  /** 扣分情形 as typed. */
  deduction?: string;
  deductionPoints?: number;
  /** 整改情况, on a re-check of last month's problem. */
  rectification?: '已整改' | '未整改';
}

export interface PlannedUnregistered {
  month: string;
  kind: Kind;
  name: string;
  platform: string;
  operator: string;
  district: string;
  veto?: string;
}

export const YEAR = 2023;
export const MONTHS = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07'] as const;
/** The months of 全面检查 (every account, scored); the others are sampled 单否专项检查. */
export const FULL_MONTHS: readonly string[] = ['2023-03', '2023-06'];

/** County departments: [unit, account short name, extra platforms]. */
const DEPARTMENTS: readonly (readonly [string, string, readonly (readonly [string, string])[]])[] = [
  ['青梧县人民政府办公室', '青梧发布', [['青梧发布', '微博']]],
  ['青梧县教育局', '青梧教育', []],
  [
    '青梧县公安局',
    '青梧公安',
    [
      ['青梧公安', '微博'],
      ['青梧警方', '抖音'],
    ],
  ],
  ['青梧县民政局', '青梧民政', []],
  ['青梧县司法局', '青梧司法', []],
  ['青梧县财政局', '青梧财政', []],
  ['青梧县人力资源和社会保障局', '青梧人社', []],
  ['青梧县自然资源局', '青梧自然资源', []],
  ['青梧县住房和城乡建设局', '青梧住建', []],
  ['青梧县交通运输局', '青梧交通', []],
  ['青梧县农业农村局', '青梧农业农村', []],
  ['青梧县水利局', '青梧水利', []],
  ['青梧县商务局', '青梧商务', []],
  [
    '青梧县文化和旅游局',
    '青梧文旅',
    [
      ['青梧文旅', '微博'],
      ['游青梧', '抖音'],
    ],
  ],
  ['青梧县卫生健康局', '青梧卫健', []],
  ['青梧县应急管理局', '青梧应急', []],
  ['青梧县市场监督管理局', '青梧市场监管', []],
  ['青梧县医疗保障局', '青梧医保', []],
  ['青梧县退役军人事务局', '青梧退役军人', []],
  ['青梧县政务服务中心', '青梧政务服务', []],
  ['青梧县城市管理局', '青梧城管', []],
  ['青梧县统计局', '青梧统计', []],
  ['青梧县融媒体中心', '青梧融媒', [['掌上青梧', '移动客户端']]],
];

/** Townships with a 微博 (…之声) or a 视频号 besides their two 微信公众号. */
const TOWNSHIP_WEIBO = new Set(['石门乡', '西岭镇', '南塘乡']);
const TOWNSHIP_VIDEO = new Set(['柳湾镇', '枫林乡']);

const BUCKET_OF: Record<string, Bucket> = {
  微信公众号: '微信公众号',
  微博: '微博',
  移动客户端: '移动客户端',
  抖音: '其他',
  视频号: '其他',
};

function shortOf(township: string): string {
  return township === '青梧镇' ? '青梧镇' : township.replace(/(镇|乡|街道)$/, '');
}

function governmentOf(township: string): string {
  return township.endsWith('街道') ? `青梧县${township}办事处` : `青梧县${township}人民政府`;
}

/** The registry in its order: the county departments, then each township. */
function buildAccounts(): PlannedAccount[] {
  const list: PlannedAccount[] = [];
  const add = (
    name: string,
    platform: string,
    operator: string,
    district: string,
    filedOn = '2021-05-10',
  ) => {
    const n = list.length + 1;
    list.push({
      name,
      platform,
      bucket: BUCKET_OF[platform] ?? '其他',
      operator,
      district,
      filingId: `QW${String(n).padStart(4, '0')}`,
      filedOn,
      status: '正常',
    });
  };
  for (const [unit, short, extra] of DEPARTMENTS) {
    add(short, '微信公众号', unit, COUNTY_LEVEL);
    for (const [name, platform] of extra) add(name, platform, unit, COUNTY_LEVEL);
  }
  // Closed in March: registered in January and February only.
  add('青梧招商', '微信公众号', '青梧县投资促进中心', COUNTY_LEVEL, '2020-09-01');
  const closed = list.at(-1)!;
  closed.status = '注销';
  closed.closedOn = '2023-03-10';
  for (const township of TOWNSHIPS) {
    const short = shortOf(township);
    add(`${short}发布`, '微信公众号', governmentOf(township), township);
    add(`${short}便民服务`, '微信公众号', `青梧县${township}便民服务中心`, township);
    if (TOWNSHIP_WEIBO.has(township)) add(`${short}之声`, '微博', governmentOf(township), township);
    if (TOWNSHIP_VIDEO.has(township)) add(`${short}印象`, '视频号', governmentOf(township), township);
  }
  // Filed in July: not yet counted at the end of June.
  add('西岭文旅', '抖音', governmentOf('西岭镇'), '西岭镇', '2023-07-10');
  // A later batch of filings (2022), appended as a registry grows: a 抖音 for six townships and four
  // more department accounts, so that sixty accounts are registered at the end of June.
  for (const township of ['青梧镇', '柳湾镇', '白沙镇', '枫林乡', '东坪街道', '南塘乡'])
    add(`${shortOf(township)}融媒`, '抖音', governmentOf(township), township, '2022-04-18');
  add('青梧税务', '微信公众号', '国家税务总局青梧县税务局', COUNTY_LEVEL, '2022-06-01');
  add('青梧气象', '微信公众号', '青梧县气象局', COUNTY_LEVEL, '2022-06-01');
  add('青梧消防', '微博', '青梧县消防救援大队', COUNTY_LEVEL, '2022-06-01');
  add('青梧林业', '视频号', '青梧县林业局', COUNTY_LEVEL, '2022-06-01');
  return list;
}

/** The registry, in its order. */
export const ACCOUNTS: readonly PlannedAccount[] = buildAccounts();

/**
 * The problems, by month: who fails on which veto (as typed), who loses points on what. Everything
 * not listed passes (a 全面检查 score of 100).
 */
const FAILURES: Record<string, readonly [string, string][]> = {
  '2023-01': [
    ['青梧统计', '内容不更新'],
    ['枫林发布', '互动回应差'],
  ],
  '2023-02': [['南塘之声', '两周未更新']],
  '2023-03': [
    ['青梧统计', '长期不更新'],
    ['青梧水利', '安全问题'],
  ],
  '2023-04': [
    ['青梧水利', '留言未回复'],
    ['白沙便民服务', '内容不更新'],
  ],
  '2023-05': [
    ['青梧医保', '内容不更新'],
    ['石门发布', '互动回应差'],
    ['西岭之声', '长期不更新；留言长期未回复'],
  ],
  '2023-06': [
    ['青梧退役军人', '严重表述错误'],
    ['西岭之声', '内容不更新'],
    ['东坪便民服务', '内容不更新'],
  ],
  '2023-07': [['柳湾发布', '内容不更新']],
};

const DEDUCTIONS: Record<string, readonly [string, string, number][]> = {
  '2023-03': [
    ['青梧交通', '更新不及时', 5],
    ['青梧镇发布', '错别字', 2],
    ['枫林便民服务', '内容更新不及时、功能无法使用', 10],
  ],
  '2023-06': [
    ['青梧商务', '错别字', 2],
    ['青梧镇发布', '错敏字', 3],
    ['南塘发布', '功能无法使用', 5],
    ['白沙发布', '内容更新不及时', 4],
  ],
};

/** The two accounts the June inspectors found that were never filed. */
export const UNREGISTERED: readonly PlannedUnregistered[] = [
  {
    month: '2023-06',
    kind: '全面检查',
    name: '柳湾文化站',
    platform: '抖音',
    operator: '青梧县柳湾镇综合文化站',
    district: '柳湾镇',
  },
  {
    month: '2023-06',
    kind: '全面检查',
    name: '石门农技',
    platform: '微信公众号',
    operator: '青梧县石门乡农业技术服务站',
    district: '石门乡',
  },
];

/** The accounts that fail in a month. */
export function failingIn(month: string): PlannedAccount[] {
  return (FAILURES[month] ?? []).map(([name]) => accountNamed(name));
}

/** Last day of a month `YYYY-MM`. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** Registered and not closed at `date`. */
export function isRegisteredAt(a: PlannedAccount, date: string): boolean {
  return a.filedOn <= date && (a.closedOn === undefined || a.closedOn > date);
}

/** mulberry32: a small seeded PRNG, so the sample is the same on every run. */
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

/**
 * The accounts checked in a month: all registered ones in a 全面检查; else a seeded two thirds, always
 * with the month's failures and the previous month's (the re-check).
 */
function checkedIn(month: string, previous: string | undefined, random: () => number): PlannedAccount[] {
  const end = monthEnd(month);
  const registered = ACCOUNTS.filter((a) => isRegisteredAt(a, end));
  if (FULL_MONTHS.includes(month)) return registered;
  const must = new Set([...failingIn(month), ...(previous ? failingIn(previous) : [])]);
  return registered.filter((a) => {
    const draw = random();
    return must.has(a) || draw < 0.66;
  });
}

function buildChecks(): PlannedCheck[] {
  const random = mulberry32(20230630);
  const rows: PlannedCheck[] = [];
  MONTHS.forEach((month, i) => {
    const previous = MONTHS[i - 1];
    const kind: Kind = FULL_MONTHS.includes(month) ? '全面检查' : '单否专项检查';
    const vetoes = new Map((FAILURES[month] ?? []).map(([n, what]) => [accountNamed(n), what]));
    const deductions = new Map(
      (DEDUCTIONS[month] ?? []).map(([n, what, points]) => [accountNamed(n), { what, points }]),
    );
    const recheck = new Set(previous ? failingIn(previous) : []);
    for (const a of checkedIn(month, previous, random)) {
      const row: PlannedCheck = { month, kind, account: a };
      const veto = vetoes.get(a);
      const deduction = deductions.get(a);
      if (veto) row.veto = veto;
      if (deduction) {
        row.deduction = deduction.what;
        row.deductionPoints = deduction.points;
      }
      if (kind === '全面检查') row.score = veto ? 60 : 100 - (deduction?.points ?? 0);
      if (recheck.has(a)) row.rectification = veto ? '未整改' : '已整改';
      rows.push(row);
    }
  });
  return rows;
}

/** Every results row, month by month, in registry order within a month. */
export const CHECKS: readonly PlannedCheck[] = buildChecks();

/**
 * The account a results row names: by name, the 微信公众号 first where a unit uses the same name on
 * two platforms (the plan's failures and deductions are all on the first platform listed).
 */
export function accountNamed(name: string): PlannedAccount {
  const a = ACCOUNTS.find((x) => x.name === name);
  if (!a) throw new Error(`no planned account named ${name}`);
  return a;
}

/** Rectification deadlines by period, as the config sets them. */
export const RECTIFY_BY: Record<string, string> = {
  '2023-05': '2023-06-12',
  '2023-06': '2023-07-14',
  '2023Q2': '2023-07-20',
  '2023H1': '2023-07-25',
};

// ---------------------------------------------------------------------------------------------------
// Government websites (docs/workspace.md §11): the county checks its websites in March and June (全面检查,
// scored, with a pass score of 80) and samples ten of them in May (单否专项检查).

export type SiteType = '门户网站' | '部门网站' | '专项网站';

export interface PlannedWebsite {
  name: string;
  siteId: string;
  /** As the registry types it. */
  siteTypeTyped: string;
  siteType: SiteType;
  url: string;
  operator: string;
  district: string;
  openedOn: string;
  status: '正常' | '关停';
  closedOn?: string;
}

export interface PlannedWebsiteCheck {
  month: string;
  kind: Kind;
  website: PlannedWebsite;
  /** The row names the website by 网站标识码 only (网站名称 left blank). */
  byIdOnly: boolean;
  score?: number;
  veto?: string;
  problem?: string;
  deduction?: string;
  deductionPoints?: number;
  rectification?: '已整改' | '未整改';
}

/** The websites' pass score (config `websites.passScore`). */
export const WEBSITE_PASS_SCORE = 80;
export const WEBSITE_MONTHS: readonly string[] = ['2023-03', '2023-05', '2023-06'];

/** [name, 网站类型 as typed, host, 主办单位, district, opened, closed]. */
const SITES: readonly (readonly [string, string, string, string, string, string?, string?])[] = [
  ['青梧县人民政府门户网站', '政府门户网站', 'www', '青梧县人民政府办公室', COUNTY_LEVEL],
  ['青梧县教育局网站', '部门网站', 'jyj', '青梧县教育局', COUNTY_LEVEL],
  ['青梧县公安局网站', '部门网站', 'gaj', '青梧县公安局', COUNTY_LEVEL],
  ['青梧县民政局网站', '部门网站', 'mzj', '青梧县民政局', COUNTY_LEVEL],
  ['青梧县财政局网站', '部门网站', 'czj', '青梧县财政局', COUNTY_LEVEL],
  ['青梧县人力资源和社会保障局网站', '部门网站', 'rsj', '青梧县人力资源和社会保障局', COUNTY_LEVEL],
  ['青梧县自然资源局网站', '部门网站', 'zrzyj', '青梧县自然资源局', COUNTY_LEVEL],
  ['青梧县住房和城乡建设局网站', '部门网站', 'zjj', '青梧县住房和城乡建设局', COUNTY_LEVEL],
  ['青梧县交通运输局网站', '部门网站', 'jtj', '青梧县交通运输局', COUNTY_LEVEL],
  ['青梧县农业农村局网站', '部门网站', 'nyj', '青梧县农业农村局', COUNTY_LEVEL],
  ['青梧县卫生健康局网站', '部门网站', 'wjj', '青梧县卫生健康局', COUNTY_LEVEL],
  ['青梧县应急管理局网站', '部门网站', 'yjj', '青梧县应急管理局', COUNTY_LEVEL],
  ['青梧县市场监督管理局网站', '部门网站', 'scjgj', '青梧县市场监督管理局', COUNTY_LEVEL],
  ['青梧县医疗保障局网站', '部门网站', 'ybj', '青梧县医疗保障局', COUNTY_LEVEL],
  ['青梧县统计局网站', '部门网站', 'tjj', '青梧县统计局', COUNTY_LEVEL],
  ['青梧县乡村振兴网', '专题网站', 'xczx', '青梧县农业农村局', COUNTY_LEVEL],
  ['游青梧旅游网', '专项网站', 'lyw', '青梧县文化和旅游局', COUNTY_LEVEL],
  ['柳湾古镇网', '专项网站', 'gzw', '青梧县柳湾镇人民政府', '柳湾镇', '2019-08-01', '2023-04-15'],
  ['西岭茶文化网', '专项网站', 'chwh', '青梧县西岭镇人民政府', '西岭镇'],
  ['青梧县营商环境专题网站', '专题网站', 'yshj', '青梧县政务服务中心', COUNTY_LEVEL, '2023-05-20'],
];

const SITE_TYPE_OF: Record<string, SiteType> = {
  政府门户网站: '门户网站',
  部门网站: '部门网站',
  专题网站: '专项网站',
  专项网站: '专项网站',
};

/** The website registry, in its order; 网站标识码 3611230001 on. */
export const WEBSITES: readonly PlannedWebsite[] = SITES.map(
  ([name, typed, host, operator, district, openedOn, closedOn], i) => ({
    name,
    siteId: `36112300${String(i + 1).padStart(2, '0')}`,
    siteTypeTyped: typed,
    siteType: SITE_TYPE_OF[typed]!,
    url: `${host}.qingwu.gov.cn`,
    operator,
    district,
    openedOn: openedOn ?? '2018-10-30',
    status: closedOn ? '关停' : '正常',
    ...(closedOn ? { closedOn } : {}),
  }),
);

/** Running at `date`: opened by then and not yet closed. */
export function isWebsiteOpenAt(w: PlannedWebsite, date: string): boolean {
  return w.openedOn <= date && (w.closedOn === undefined || w.closedOn > date);
}

export function websiteNamed(name: string): PlannedWebsite {
  const w = WEBSITES.find((x) => x.name === name);
  if (!w) throw new Error(`no planned website named ${name}`);
  return w;
}

interface SiteFinding {
  veto?: string;
  problem?: string;
  deduction?: string;
  points?: number;
}

/** What the inspectors found, by month; every website not listed passes (100 in a 全面检查). */
const SITE_FINDINGS: Record<string, Record<string, SiteFinding>> = {
  '2023-03': {
    青梧县人民政府门户网站: { deduction: '错别字', points: 2 },
    青梧县人力资源和社会保障局网站: { deduction: '办事指南要素缺失、留言回复不及时', points: 8 },
    青梧县交通运输局网站: { deduction: '链接失效', points: 4 },
    青梧县医疗保障局网站: { veto: '首页长期不更新', problem: '首页要闻最后更新于2023年1月5日' },
    青梧县统计局网站: {
      veto: '栏目长期不更新；空白栏目过多',
      problem: '统计数据栏目超过一年未更新，3个栏目无内容',
    },
    柳湾古镇网: { veto: '网站无法访问', problem: '连续3次访问均无法打开首页' },
  },
  '2023-05': {
    青梧县住房和城乡建设局网站: { veto: '留言长期未回复', problem: '4月以来的6条咨询留言未回复' },
    青梧县医疗保障局网站: { veto: '首页长期不更新', problem: '首页要闻最后更新于2023年3月28日' },
  },
  '2023-06': {
    青梧县人民政府门户网站: { deduction: '错敏字', points: 2 },
    青梧县教育局网站: { deduction: '栏目更新不及时', points: 5 },
    青梧县交通运输局网站: { deduction: '错链断链', points: 3 },
    青梧县民政局网站: { deduction: '栏目更新不及时、错别字、链接不可用', points: 24 },
    青梧县卫生健康局网站: { veto: '严重表述错误', problem: '政策解读中机构名称表述错误' },
    青梧县应急管理局网站: { veto: '互动功能不可用', problem: '在线咨询提交后页面报错' },
    游青梧旅游网: { veto: '栏目不更新', problem: '旅游资讯栏目超过半年未更新' },
  },
};

/** The ten websites sampled in May, besides March's failures (re-checked). */
const MAY_SAMPLE = [
  '青梧县人民政府门户网站',
  '青梧县公安局网站',
  '青梧县自然资源局网站',
  '青梧县住房和城乡建设局网站',
  '青梧县农业农村局网站',
  '青梧县市场监督管理局网站',
  '青梧县乡村振兴网',
  '西岭茶文化网',
];

/** The website whose rows name it by 网站标识码 only. */
export const SITE_NAMED_BY_ID = '青梧县自然资源局网站';

/** A website fails on a veto or, in a scored check, below the pass score. */
export function websiteRowFails(c: PlannedWebsiteCheck): boolean {
  return c.veto !== undefined || (c.score !== undefined && c.score < WEBSITE_PASS_SCORE);
}

function buildWebsiteChecks(): PlannedWebsiteCheck[] {
  const rows: PlannedWebsiteCheck[] = [];
  let previous: PlannedWebsiteCheck[] = [];
  for (const month of WEBSITE_MONTHS) {
    const kind: Kind = FULL_MONTHS.includes(month) ? '全面检查' : '单否专项检查';
    const open = WEBSITES.filter((w) => isWebsiteOpenAt(w, monthEnd(month)));
    const failedBefore = new Set(previous.filter(websiteRowFails).map((c) => c.website));
    const checked =
      kind === '全面检查' ? open : open.filter((w) => MAY_SAMPLE.includes(w.name) || failedBefore.has(w));
    const mine: PlannedWebsiteCheck[] = checked.map((w) => {
      const f = SITE_FINDINGS[month]?.[w.name] ?? {};
      const row: PlannedWebsiteCheck = { month, kind, website: w, byIdOnly: w.name === SITE_NAMED_BY_ID };
      if (f.veto) row.veto = f.veto;
      if (f.problem) row.problem = f.problem;
      if (f.deduction) row.deduction = f.deduction;
      if (f.points !== undefined) row.deductionPoints = f.points;
      if (kind === '全面检查') row.score = f.veto ? 60 : 100 - (f.points ?? 0);
      return row;
    });
    for (const row of mine)
      if (failedBefore.has(row.website)) row.rectification = websiteRowFails(row) ? '未整改' : '已整改';
    rows.push(...mine);
    previous = mine;
  }
  return rows;
}

/** Every website results row, month by month, in registry order within a month. */
export const WEBSITE_CHECKS: readonly PlannedWebsiteCheck[] = buildWebsiteChecks();

/** The workspace config. */
export const CONFIG = {
  city: '青梧',
  issuer: '青梧县人民政府办公室',
  issuerShort: '县政府办公室',
  addressees: '各乡镇人民政府、街道办事处，县政府各部门：',
  districts: [...TOWNSHIPS],
  accountLabel: 'typed',
  rectification: RECTIFY_BY,
  wording: {
    scope: '县',
    cityLevel: '县直部门单位',
    cityLevelShort: '县直部门',
    districtLevel: '各乡镇（街道）',
  },
  sections: { reposting: false, perfect: false },
  websites: { passScore: WEBSITE_PASS_SCORE },
};
