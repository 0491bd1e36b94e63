/**
 * Generates the sample workspace `fixtures/wuxi-2022/`: the account registry, the inspection results of
 * all of 2022 and the highlights of 无锡, shaped so that the 2022Q4 figures of the reference circular
 * follow exactly from the data (445 accounts, 99.3 %, 166 perfect scores, 30 reposting accounts…).
 *
 * Usage: `npx tsx scripts/generate-sample.ts [outDir]` (default `fixtures/wuxi-2022`).
 *
 * NOTE: the output is byte-for-byte deterministic: a seeded PRNG, no clock, fixed workbook dates, and the
 * xlsx zip is repacked with fixed entry times (exceljs stamps every zip entry with the current time).
 * The account names and units are invented; only the figures come from the reference circular.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { CHECK_COLUMNS } from '../src/checks/columns.js';
import { headerRow, saveWorkbook as saveFixedWorkbook, titleRow } from './sample-workbook.js';

type Bucket = '微信公众号' | '微博' | '移动客户端' | '其他';
type Kind = '单否专项检查' | '全面检查';
type VetoReason = '内容不更新' | '互动回应差' | '安全问题';

interface Unit {
  operator: string;
  short: string;
  area: string;
}

interface Account {
  index: number;
  name: string;
  /** The platform as the registry spells it. */
  platform: string;
  bucket: Bucket;
  operator: string;
  area: string;
  filingId: string;
  filedOn: string;
  status: '正常' | '关停' | '注销';
  closedOn?: string;
  lastUpdate: string;
}

interface CheckRow {
  month: number;
  kind: Kind;
  account: number;
  score?: number;
  veto: boolean;
  vetoReason?: VetoReason;
  problem?: string;
  conclusion: '合格' | '不合格';
  reposting: boolean;
}

/** The figures of the reference circular (2022Q4) that the data must reproduce. */
const TARGET = {
  total: 445,
  city: 145,
  district: 300,
  byBucket: { 微信公众号: 313, 微博: 72, 移动客户端: 5, 其他: 55 } as Record<Bucket, number>,
  q4Unqualified: 3,
  perfect: 166,
  reposting: 30,
  firstReposting: '宜兴发改(微信公众号)',
};
/** Unqualified accounts per earlier quarter: enough for trends and 'previous quarter' comparisons. */
const EARLIER_UNQUALIFIED = { Q1: 5, Q2: 4, Q3: 2 };
const AS_OF = '2022-12-31';
const YEAR = 2022;
const SEED = 20221231;
/** Workbook created/modified date and zip entry time (local fields, so the bytes do not depend on TZ). */
const FIXED_DATE = new Date(Date.UTC(2023, 0, 5));
const ZIP_MTIME = new Date(2023, 0, 5, 9, 0, 0);

// ---------------------------------------------------------------------------------------------------
// Seeded randomness and dates

/** mulberry32: a small, well-distributed 32-bit PRNG. */
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

const random = mulberry32(SEED);
const randInt = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
function shuffled<T>(list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
function weighted(table: readonly (readonly [string, number])[]): string {
  let r = random() * table.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[table.length - 1]![0];
}

const DAY = 86_400_000;
const toDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const fromDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const addDays = (date: string, n: number): string => fromDay(toDay(date) + n);
const pad2 = (n: number): string => String(n).padStart(2, '0');
const monthStart = (m: number): string => `${YEAR}-${pad2(m)}-01`;
const monthEnd = (m: number): string =>
  fromDay(toDay(m === 12 ? `${YEAR + 1}-01-01` : monthStart(m + 1)) - 1);
const utcDate = (date: string): Date => new Date(`${date}T00:00:00Z`);
const kindOf = (m: number): Kind => (m % 3 === 0 ? '全面检查' : '单否专项检查');
const quarterOf = (m: number): number => Math.ceil(m / 3);

// ---------------------------------------------------------------------------------------------------
// Units: who runs the accounts

/** City-level units (市级部门单位) and the short names their accounts go by; the first 90 are used. */
const CITY_UNITS: readonly (readonly [string, string])[] = [
  ['无锡市人民政府新闻办公室', '无锡发布'],
  ['无锡市发展和改革委员会', '无锡发改'],
  ['无锡市教育局', '无锡教育'],
  ['无锡市科学技术局', '无锡科技'],
  ['无锡市工业和信息化局', '无锡工信'],
  ['无锡市民族宗教事务局', '无锡民宗'],
  ['无锡市公安局', '无锡公安'],
  ['无锡市民政局', '无锡民政'],
  ['无锡市司法局', '无锡司法'],
  ['无锡市财政局', '无锡财政'],
  ['无锡市人力资源和社会保障局', '无锡人社'],
  ['无锡市自然资源和规划局', '无锡自然资源规划'],
  ['无锡市生态环境局', '无锡生态环境'],
  ['无锡市住房和城乡建设局', '无锡住建'],
  ['无锡市城市管理局', '无锡城管'],
  ['无锡市交通运输局', '无锡交通'],
  ['无锡市水利局', '无锡水利'],
  ['无锡市农业农村局', '无锡农业农村'],
  ['无锡市商务局', '无锡商务'],
  ['无锡市文化广电和旅游局', '无锡文旅'],
  ['无锡市卫生健康委员会', '无锡卫健'],
  ['无锡市退役军人事务局', '无锡退役军人'],
  ['无锡市应急管理局', '无锡应急'],
  ['无锡市审计局', '无锡审计'],
  ['无锡市人民政府国有资产监督管理委员会', '无锡国资'],
  ['无锡市市场监督管理局', '无锡市场监管'],
  ['无锡市体育局', '无锡体育'],
  ['无锡市统计局', '无锡统计'],
  ['无锡市医疗保障局', '无锡医保'],
  ['无锡市人民防空办公室', '无锡人防'],
  ['无锡市地方金融监督管理局', '无锡金融'],
  ['无锡市行政审批局', '无锡政务服务'],
  ['无锡市大数据管理局', '无锡大数据'],
  ['无锡市机关事务管理局', '无锡机关事务'],
  ['无锡市信访局', '无锡信访'],
  ['无锡市人民政府外事办公室', '无锡外事'],
  ['无锡市粮食和物资储备局', '无锡粮储'],
  ['无锡市住房公积金管理中心', '无锡公积金'],
  ['无锡市公共资源交易中心', '无锡公共资源交易'],
  ['无锡市档案馆', '无锡档案'],
  ['无锡市地方志办公室', '无锡方志'],
  ['无锡市红十字会', '无锡红十字会'],
  ['无锡市残疾人联合会', '无锡残联'],
  ['无锡市总工会', '无锡工会'],
  ['无锡市妇女联合会', '无锡妇联'],
  ['共青团无锡市委员会', '青春无锡'],
  ['无锡市科学技术协会', '无锡科协'],
  ['无锡市文学艺术界联合会', '无锡文联'],
  ['无锡市工商业联合会', '无锡工商联'],
  ['无锡市消防救援支队', '无锡消防'],
  ['无锡市气象局', '无锡气象'],
  ['国家税务总局无锡市税务局', '无锡税务'],
  ['无锡市公安局交通警察支队', '无锡交警'],
  ['无锡市公安局网络安全保卫支队', '无锡网警'],
  ['无锡市公安局出入境管理支队', '无锡出入境'],
  ['无锡市疾病预防控制中心', '无锡疾控'],
  ['无锡市图书馆', '无锡图书馆'],
  ['无锡博物院', '无锡博物院'],
  ['无锡市政务服务热线管理中心', '无锡12345'],
  ['无锡市社会保险基金管理中心', '无锡社保'],
  ['无锡市不动产登记中心', '无锡不动产登记'],
  ['无锡市市政设施养护管理中心', '无锡市政'],
  ['无锡市公路事业发展中心', '无锡公路'],
  ['无锡市港航事业发展中心', '无锡港航'],
  ['无锡市农业技术推广总站', '无锡农技'],
  ['无锡市急救中心', '无锡急救'],
  ['无锡市中心血站', '无锡献血'],
  ['无锡市教育考试院', '无锡招考'],
  ['无锡市投资促进中心', '无锡投促'],
  ['无锡市法律援助中心', '无锡法援'],
  ['无锡市公证处', '无锡公证'],
  ['无锡市劳动人事争议仲裁院', '无锡劳动仲裁'],
  ['无锡市公安局巡特警支队', '无锡巡特警'],
  ['无锡市环境监测中心站', '无锡环境监测'],
  ['无锡市文化馆', '无锡文化馆'],
  ['无锡市美术馆', '无锡美术馆'],
  ['无锡市惠山古镇景区管理委员会', '惠山古镇'],
  ['无锡市卫生健康监督所', '无锡卫监'],
  ['无锡市消费者权益保护委员会', '无锡消协'],
  ['无锡市慈善总会', '无锡慈善'],
  ['无锡市老龄工作委员会办公室', '无锡老龄'],
  ['无锡市政府采购中心', '无锡政府采购'],
  ['无锡市防汛防旱指挥部办公室', '无锡防汛'],
  ['无锡市安全生产委员会办公室', '无锡安委办'],
  ['无锡市爱国卫生运动委员会办公室', '无锡爱卫'],
  ['无锡市人力资源服务中心', '无锡就业'],
  ['无锡市住房保障服务中心', '无锡住房保障'],
  ['无锡市河湖管理中心', '无锡河湖'],
  ['无锡市园林绿化管理中心', '无锡园林'],
  ['无锡市知识产权保护中心', '无锡知识产权'],
];

/**
 * Departments of a county-level city or district, most prominent first: [unit suffix, account suffix].
 * A few units of a district are branches of a city bureau; `branch` names them.
 */
const DEPARTMENTS: readonly (readonly [string, string])[] = [
  ['人民政府办公室', '发布'],
  ['发展和改革委员会', '发改'],
  ['教育局', '教育'],
  ['公安局', '公安'],
  ['民政局', '民政'],
  ['司法局', '司法'],
  ['财政局', '财政'],
  ['人力资源和社会保障局', '人社'],
  ['自然资源和规划局', '自然资源规划'],
  ['生态环境局', '生态环境'],
  ['住房和城乡建设局', '住建'],
  ['城市综合管理局', '城管'],
  ['交通运输局', '交通'],
  ['农业农村局', '农业农村'],
  ['卫生健康委员会', '卫健'],
  ['市场监督管理局', '市场监管'],
  ['应急管理局', '应急'],
  ['文化体育和旅游局', '文体旅'],
  ['商务局', '商务'],
  ['水利局', '水利'],
  ['退役军人事务局', '退役军人'],
  ['医疗保障局', '医保'],
  ['行政审批局', '政务服务'],
  ['科学技术局', '科技'],
  ['工业和信息化局', '工信'],
  ['审计局', '审计'],
  ['统计局', '统计'],
  ['大数据管理局', '大数据'],
];

/** The unit name of a department in a county-level city (江阴市) or a district (梁溪区). */
function departmentUnit(area: string, suffix: string): string {
  if (area.endsWith('市')) return `${area}${suffix}`;
  const place = area.slice(0, -1);
  if (suffix === '公安局') return `无锡市公安局${place}分局`;
  if (suffix === '自然资源和规划局') return `无锡市自然资源和规划局${place}分局`;
  if (suffix === '生态环境局') return `无锡市${place}生态环境局`;
  if (suffix === '发展和改革委员会') return `${area}发展和改革局`;
  if (suffix === '城市综合管理局') return `${area}城市管理局`;
  return `${area}${suffix}`;
}

/** Towns (镇) and streets (街道) of each district, and development parks: [place, 镇|街道|park unit]. */
const TOWNS: Record<string, readonly string[]> = {
  江阴市: [
    '澄江街道',
    '南闸街道',
    '云亭街道',
    '申港街道',
    '夏港街道',
    '利港街道',
    '月城镇',
    '青阳镇',
    '徐霞客镇',
    '华士镇',
    '周庄镇',
    '新桥镇',
    '长泾镇',
    '顾山镇',
    '祝塘镇',
    '璜土镇',
  ],
  宜兴市: [
    '宜城街道',
    '屺亭街道',
    '新街街道',
    '新庄街道',
    '芳桥街道',
    '丁蜀镇',
    '和桥镇',
    '张渚镇',
    '官林镇',
    '徐舍镇',
    '高塍镇',
    '杨巷镇',
    '万石镇',
    '周铁镇',
    '西渚镇',
    '太华镇',
  ],
  梁溪区: [
    '崇安寺街道',
    '通江街道',
    '广瑞路街道',
    '上马墩街道',
    '江海街道',
    '广益街道',
    '南禅寺街道',
    '清名桥街道',
    '扬名街道',
  ],
  锡山区: [
    '东亭街道',
    '安镇街道',
    '厚桥街道',
    '东北塘街道',
    '云林街道',
    '羊尖镇',
    '鹅湖镇',
    '东港镇',
    '锡北镇',
  ],
  惠山区: ['堰桥街道', '长安街道', '钱桥街道', '前洲街道', '玉祁街道', '洛社镇', '阳山镇'],
  滨湖区: ['河埒街道', '荣巷街道', '蠡园街道', '蠡湖街道', '马山街道', '雪浪街道', '胡埭镇'],
  新吴区: ['旺庄街道', '硕放街道', '江溪街道', '梅村街道', '鸿山街道', '新安街道'],
  经济开发区: ['太湖街道', '华庄街道'],
};
const PARKS: Record<string, readonly (readonly [string, string])[]> = {
  江阴市: [['江阴高新技术产业开发区管理委员会', '江阴高新区']],
  宜兴市: [
    ['宜兴环保科技工业园管理委员会', '宜兴环科园'],
    ['宜兴经济技术开发区管理委员会', '宜兴经开区'],
  ],
};
/** 经济开发区 has bureaus of its own instead of a district government. */
const ZONE_UNITS: readonly (readonly [string, string])[] = [
  ['无锡经济开发区管理委员会', '无锡经开发布'],
  ['无锡经济开发区经济发展局', '经开区经发'],
  ['无锡经济开发区社会事业局', '经开区社会事业'],
  ['无锡经济开发区规划建设局', '经开区规建'],
  ['无锡经济开发区城市管理局', '经开区城管'],
  ['无锡经济开发区行政审批局', '经开区政务服务'],
  ['无锡经济开发区财政局', '经开区财政'],
  ['无锡经济开发区投资促进局', '经开区投促'],
  ['无锡经济开发区安全生产监督管理局', '经开区安监'],
  ['无锡市公安局经济开发区分局', '经开区公安'],
];

/** Registry order is this order (市级 first, then the districts as the config lists them). */
const AREAS: readonly { area: string; code: string; counts: Record<Bucket, number> }[] = [
  { area: '市级', code: 'SJ', counts: { 微信公众号: 90, 微博: 30, 移动客户端: 3, 其他: 22 } },
  { area: '江阴市', code: 'JY', counts: { 微信公众号: 45, 微博: 8, 移动客户端: 1, 其他: 6 } },
  { area: '宜兴市', code: 'YX', counts: { 微信公众号: 44, 微博: 8, 移动客户端: 1, 其他: 5 } },
  { area: '梁溪区', code: 'LX', counts: { 微信公众号: 27, 微博: 5, 移动客户端: 0, 其他: 4 } },
  { area: '锡山区', code: 'XS', counts: { 微信公众号: 25, 微博: 5, 移动客户端: 0, 其他: 4 } },
  { area: '惠山区', code: 'HS', counts: { 微信公众号: 24, 微博: 5, 移动客户端: 0, 其他: 4 } },
  { area: '滨湖区', code: 'BH', counts: { 微信公众号: 24, 微博: 4, 移动客户端: 0, 其他: 4 } },
  { area: '新吴区', code: 'XW', counts: { 微信公众号: 22, 微博: 4, 移动客户端: 0, 其他: 4 } },
  { area: '经济开发区', code: 'JK', counts: { 微信公众号: 12, 微博: 3, 移动客户端: 0, 其他: 2 } },
];
const BUCKETS: readonly Bucket[] = ['微信公众号', '微博', '移动客户端', '其他'];
const BUCKET_CODE: Record<Bucket, string> = { 微信公众号: 'GZH', 微博: 'WB', 移动客户端: 'APP', 其他: 'QT' };

/** The apps (移动客户端) by unit: [unit, app name, platform spelling]. */
const APPS: readonly (readonly [string, string, string])[] = [
  ['无锡市大数据管理局', '灵锡', 'APP'],
  ['无锡市住房公积金管理中心', '无锡公积金', '移动客户端'],
  ['无锡市公安局交通警察支队', '无锡交警', '客户端'],
  ['江阴市大数据管理局', '智慧江阴', 'APP'],
  ['宜兴市行政审批局', '宜兴政务服务', '移动客户端'],
];

/** Accepted spellings per bucket, weighted by how often offices type them. */
const SPELLINGS: Record<Exclude<Bucket, '移动客户端'>, readonly (readonly [string, number])[]> = {
  微信公众号: [
    ['微信公众号', 70],
    ['公众号', 10],
    ['微信订阅号', 10],
    ['微信服务号', 5],
    ['微信', 5],
  ],
  微博: [
    ['新浪微博', 50],
    ['政务微博', 30],
    ['微博', 20],
  ],
  其他: [
    ['抖音', 40],
    ['视频号', 14],
    ['今日头条', 14],
    ['快手', 10],
    ['小红书', 5],
    ['抖音号', 5],
    ['头条号', 4],
    ['微信视频号', 4],
    ['哔哩哔哩', 2],
    ['百家号', 2],
  ],
};

/** The units of one area, in registry order: departments, then parks, then towns and streets. */
function unitsOf(area: string, count: number): Unit[] {
  if (area === '市级')
    return CITY_UNITS.slice(0, count).map(([operator, short]) => ({ operator, short, area }));
  const towns = TOWNS[area] ?? [];
  const prefix = area === '经济开发区' ? '无锡经济开发区' : area;
  const townUnits = towns.map((town): Unit => {
    const place = town.replace(/(街道|镇)$/, '');
    const operator = town.endsWith('镇') ? `${prefix}${town}人民政府` : `${prefix}${town}办事处`;
    const short = weighted([
      [`${place}发布`, 50],
      [`魅力${place}`, 20],
      [`幸福${place}`, 15],
      [`${place}之窗`, 15],
    ]);
    return { operator, short, area };
  });
  const parks = (PARKS[area] ?? []).map(([operator, short]): Unit => ({ operator, short, area }));
  const deptCount = count - towns.length - parks.length;
  const short = area.replace(/(市|区)$/, '');
  const depts =
    area === '经济开发区'
      ? ZONE_UNITS.slice(0, deptCount).map(([operator, s]): Unit => ({ operator, short: s, area }))
      : DEPARTMENTS.slice(0, deptCount).map(
          ([unit, s]): Unit => ({ operator: departmentUnit(area, unit), short: `${short}${s}`, area }),
        );
  if (depts.length !== deptCount) throw new Error(`${area}: not enough department names for ${count} units`);
  return [...depts, ...parks, ...townUnits];
}

// ---------------------------------------------------------------------------------------------------
// The registry

type Draft = Omit<Account, 'index' | 'filingId'>;

function draftAccount(unit: Unit, bucket: Bucket, name: string, platform: string): Draft {
  const filedOn = fromDay(randInt(toDay('2014-06-01'), toDay('2021-12-20')));
  return {
    name,
    platform,
    bucket,
    operator: unit.operator,
    area: unit.area,
    filedOn,
    status: '正常',
    lastUpdate: fromDay(randInt(toDay('2022-12-25'), toDay(AS_OF))),
  };
}

/** The accounts of every unit of every area: each unit one 公众号, some also 微博, an app or a video account. */
function draftRegistry(): { units: Unit[]; byUnit: Map<Unit, Draft[]> } {
  const units: Unit[] = [];
  const byUnit = new Map<Unit, Draft[]>();
  for (const { area, counts } of AREAS) {
    const areaUnits = unitsOf(area, counts.微信公众号);
    const weibo = new Set(shuffled(areaUnits).slice(0, counts.微博));
    const other = new Set(shuffled(areaUnits).slice(0, counts.其他));
    for (const unit of areaUnits) {
      const drafts = [draftAccount(unit, '微信公众号', unit.short, weighted(SPELLINGS.微信公众号))];
      if (weibo.has(unit)) drafts.push(draftAccount(unit, '微博', unit.short, weighted(SPELLINGS.微博)));
      const app = APPS.find(([operator]) => operator === unit.operator);
      if (app) drafts.push(draftAccount(unit, '移动客户端', app[1], app[2]));
      if (other.has(unit)) drafts.push(draftAccount(unit, '其他', unit.short, weighted(SPELLINGS.其他)));
      units.push(unit);
      byUnit.set(unit, drafts);
    }
  }
  return { units, byUnit };
}

/** Rows that must not count at 2022-12-31: closed during 2022, or filed in January 2023. */
const EXTRAS: readonly {
  area: string;
  bucket: Bucket;
  platform: string;
  status: Draft['status'];
  filedOn?: string;
  closedOn?: string;
}[] = [
  { area: '市级', bucket: '微博', platform: '政务微博', status: '注销', closedOn: '2022-06-15' },
  { area: '江阴市', bucket: '其他', platform: '抖音', status: '关停', closedOn: '2022-11-20' },
  { area: '滨湖区', bucket: '微博', platform: '新浪微博', status: '注销', closedOn: '2022-09-30' },
  { area: '新吴区', bucket: '其他', platform: '视频号', status: '正常', filedOn: '2023-01-05' },
  { area: '惠山区', bucket: '微博', platform: '微博', status: '正常', filedOn: '2023-01-10' },
  { area: '市级', bucket: '其他', platform: '小红书', status: '正常', filedOn: '2023-01-16' },
];

/** Adds the extras to units that have no account on that bucket yet (so no unit doubles a platform). */
function addExtras(units: Unit[], byUnit: Map<Unit, Draft[]>): void {
  for (const extra of EXTRAS) {
    const free = units.filter(
      (u) => u.area === extra.area && !byUnit.get(u)!.some((d) => d.bucket === extra.bucket),
    );
    const unit = pick(free.slice(1));
    const draft = draftAccount(unit, extra.bucket, unit.short, extra.platform);
    draft.status = extra.status;
    if (extra.closedOn) {
      draft.closedOn = extra.closedOn;
      draft.lastUpdate = addDays(extra.closedOn, -randInt(3, 20));
    }
    if (extra.filedOn) {
      draft.filedOn = extra.filedOn;
      draft.lastUpdate = addDays(extra.filedOn, randInt(1, 3));
    }
    const drafts = byUnit.get(unit)!;
    drafts.push(draft);
    drafts.sort((a, b) => BUCKETS.indexOf(a.bucket) - BUCKETS.indexOf(b.bucket));
  }
}

/** Flattens the drafts into registry order and gives each account its 备案编号. */
function numberAccounts(units: Unit[], byUnit: Map<Unit, Draft[]>): Account[] {
  const accounts: Account[] = [];
  for (const unit of units) {
    const code = AREAS.find((a) => a.area === unit.area)!.code;
    for (const draft of byUnit.get(unit)!) {
      const index = accounts.length;
      const filingId = `${code}-${BUCKET_CODE[draft.bucket]}-${String(index + 1).padStart(4, '0')}`;
      accounts.push({ ...draft, index, filingId });
    }
  }
  return accounts;
}

/** True when the account is registered and not closed at `date`. */
function isRegisteredAt(a: Account, date: string): boolean {
  return a.filedOn <= date && (a.closedOn === undefined || a.closedOn > date);
}

/** True when the account is checked in month `m`: filed by the month's first day, still open at its end. */
function isCheckedIn(a: Account, m: number): boolean {
  return a.filedOn <= monthStart(m) && (a.closedOn === undefined || a.closedOn > monthEnd(m));
}

// ---------------------------------------------------------------------------------------------------
// The plan of the checks

const PROBLEMS: Record<VetoReason, readonly string[]> = {
  内容不更新: [
    '检查时最近一条信息已是三周前发布，栏目长期无新内容',
    '连续两周以上未发布任何信息，首页内容明显滞后',
    '近一个月仅发布一条信息，更新频率明显不足',
  ],
  互动回应差: [
    '群众在留言区咨询办事材料，超过十个工作日无人答复',
    '多条群众留言长期未予回复，自动回复内容与诉求无关',
    '对涉及本单位职责的投诉留言未作回应，也未转交办理',
  ],
  安全问题: [
    '转发稿件中出现严重表述错误，未经审核即对外发布',
    '发布的图片含有未经处理的个人身份信息',
    '文章中国家机构名称表述错误，发布后两天才发现删改',
  ],
};
const MINOR_PROBLEMS = [
  '个别栏目更新不够及时',
  '部分外链无法打开',
  '留言答复用语不够规范',
  '菜单设置与实际服务不一致',
];

/** Who fails when: [index into the failing accounts, month, reason]. Accounts 2 and 5 fail twice. */
const FAILURES: readonly (readonly [number, number, VetoReason])[] = [
  [0, 1, '内容不更新'],
  [1, 1, '互动回应差'],
  [2, 2, '内容不更新'],
  [3, 3, '安全问题'],
  [4, 3, '内容不更新'],
  [5, 4, '互动回应差'],
  [6, 5, '内容不更新'],
  [7, 6, '安全问题'],
  [8, 6, '互动回应差'],
  [2, 7, '内容不更新'],
  [9, 9, '互动回应差'],
  [10, 10, '内容不更新'],
  [5, 11, '互动回应差'],
  [11, 12, '安全问题'],
];
/** Accounts filed during 2022, each on a quarter's first day so it is checked in every month it counts. */
const FILED_IN_2022 = 18;
/** Reposting accounts marked in November as well as in December (the count stays distinct). */
const REPOSTING_IN_NOVEMBER = 8;

interface Plan {
  failures: Map<number, Map<number, VetoReason>>;
  perfect: Set<number>;
  reposting: Set<number>;
}

/** Chooses the failing, perfect and reposting accounts and the 2022 filings among the counted accounts. */
function planChecks(accounts: Account[]): Plan {
  const counted = accounts.filter((a) => isRegisteredAt(a, AS_OF));
  const anchor = counted.find((a) => a.name === '宜兴发改' && a.bucket === '微信公众号');
  if (!anchor) throw new Error('宜兴发改(微信公众号) is missing from the registry');

  // Step: two accounts closed after the period still count
  const closedLater = shuffled(counted.filter((a) => a.area !== '市级' && a.bucket !== '微信公众号')).slice(
    0,
    2,
  );
  closedLater.forEach((a, i) => {
    a.status = '注销';
    a.closedOn = i === 0 ? '2023-02-10' : '2023-02-24';
  });

  // Step: the accounts that fail, all filed before 2022
  const pool = counted.filter((a) => a !== anchor && !closedLater.includes(a));
  const failing = shuffled(pool).slice(0, 12);
  const failures = new Map<number, Map<number, VetoReason>>();
  for (const [i, month, reason] of FAILURES) {
    const index = failing[i]!.index;
    if (!failures.has(index)) failures.set(index, new Map());
    failures.get(index)!.set(month, reason);
  }

  // Step: some accounts are new in 2022
  const rest = pool.filter((a) => !failures.has(a.index));
  for (const a of shuffled(rest).slice(0, FILED_IN_2022)) {
    a.filedOn = pick(['2022-04-01', '2022-07-01', '2022-10-01']);
  }

  // Step: reposting accounts: 宜兴发改 and others after it in registry order, none failing in Q4
  const q4Failing = new Set(
    [...failures].filter(([, m]) => [...m.keys()].some((x) => x >= 10)).map(([i]) => i),
  );
  const after = counted.filter((a) => a.index > anchor.index && !q4Failing.has(a.index));
  const reposting = new Set([
    anchor.index,
    ...shuffled(after)
      .slice(0, TARGET.reposting - 1)
      .map((a) => a.index),
  ]);

  // Step: perfect scorers, none of the failing ones
  const perfect = new Set(
    shuffled(rest)
      .slice(0, TARGET.perfect)
      .map((a) => a.index),
  );
  return { failures, perfect, reposting };
}

/** One row per account checked in each month of 2022, following the plan. */
function buildRows(accounts: Account[], plan: Plan): CheckRow[] {
  const rows: CheckRow[] = [];
  const novemberReposting = new Set([...plan.reposting].slice(1, 1 + REPOSTING_IN_NOVEMBER));
  for (const a of accounts) {
    const months = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => isCheckedIn(a, m));
    const scores = scoresFor(a, months, plan);
    for (const m of months) {
      const reason = plan.failures.get(a.index)?.get(m);
      const row: CheckRow = {
        month: m,
        kind: kindOf(m),
        account: a.index,
        veto: reason !== undefined,
        conclusion: reason ? '不合格' : '合格',
        reposting: plan.reposting.has(a.index) && (m === 12 || (m === 11 && novemberReposting.has(a.index))),
      };
      const score = scores.get(m);
      if (score !== undefined) row.score = score;
      if (reason) {
        row.vetoReason = reason;
        row.problem = pick(PROBLEMS[reason]);
      } else if (score !== undefined && score < 92 && random() < 0.6) {
        row.problem = pick(MINOR_PROBLEMS);
      }
      rows.push(row);
    }
  }
  return rows;
}

/** Full-check scores: 100 throughout for a perfect scorer, otherwise at least one below 100. */
function scoresFor(a: Account, months: number[], plan: Plan): Map<number, number> {
  const full = months.filter((m) => kindOf(m) === '全面检查');
  const scores = new Map<number, number>();
  for (const m of full) {
    if (plan.perfect.has(a.index)) scores.set(m, 100);
    else if (plan.failures.get(a.index)?.has(m)) scores.set(m, randInt(58, 79));
    else scores.set(m, random() < 0.3 ? 100 : randInt(85, 99));
  }
  if (!plan.perfect.has(a.index) && full.every((m) => scores.get(m) === 100)) {
    scores.set(pick(full), randInt(90, 99));
  }
  return scores;
}

// ---------------------------------------------------------------------------------------------------
// Self-check: the figures, recomputed from the model as it will be written

interface Figures {
  total: number;
  city: number;
  district: number;
  byBucket: Record<Bucket, number>;
  byArea: Record<string, number>;
  unqualified: Record<string, string[]>;
  perfect: number;
  reposting: number;
  firstReposting: string;
  twiceUnqualified: string[];
}

const label = (a: Account): string => `${a.name}(${a.bucket})`;
const failed = (r: CheckRow): boolean => r.veto || r.conclusion === '不合格';

function computeFigures(accounts: Account[], rows: CheckRow[]): Figures {
  const counted = accounts.filter((a) => isRegisteredAt(a, AS_OF));
  const byBucket = { 微信公众号: 0, 微博: 0, 移动客户端: 0, 其他: 0 } as Record<Bucket, number>;
  const byArea: Record<string, number> = {};
  for (const a of counted) {
    byBucket[a.bucket]++;
    byArea[a.area] = (byArea[a.area] ?? 0) + 1;
  }
  const unqualified: Record<string, string[]> = {};
  for (const q of [1, 2, 3, 4]) {
    const asOf = monthEnd(q * 3);
    const ids = new Set(rows.filter((r) => quarterOf(r.month) === q && failed(r)).map((r) => r.account));
    unqualified[`Q${q}`] = [...ids]
      .sort((x, y) => x - y)
      .filter((i) => isRegisteredAt(accounts[i]!, asOf))
      .map((i) => label(accounts[i]!));
  }
  const perfect = counted.filter((a) => {
    const own = rows.filter((r) => r.account === a.index);
    const full = own.filter((r) => r.kind === '全面检查');
    return full.length > 0 && full.every((r) => r.score === 100) && !own.some(failed);
  });
  const reposting = counted.filter((a) =>
    rows.some((r) => r.account === a.index && r.month >= 10 && r.reposting),
  );
  const quarters = new Map<string, Set<number>>();
  for (const r of rows.filter(failed)) {
    const key = label(accounts[r.account]!);
    quarters.set(key, (quarters.get(key) ?? new Set()).add(quarterOf(r.month)));
  }
  return {
    total: counted.length,
    city: counted.filter((a) => a.area === '市级').length,
    district: counted.filter((a) => a.area !== '市级').length,
    byBucket,
    byArea,
    unqualified,
    perfect: perfect.length,
    reposting: reposting.length,
    firstReposting: reposting[0] ? label(reposting[0]) : '',
    twiceUnqualified: [...quarters].filter(([, qs]) => qs.size > 1).map(([k]) => k),
  };
}

/** Rules of docs/workspace.md §2–3 the sample must keep so it validates without errors or warnings. */
function checkInvariants(accounts: Account[], rows: CheckRow[]): string[] {
  const problems: string[] = [];
  const seen = (key: (a: Account) => string, what: string) => {
    const keys = new Set<string>();
    for (const a of accounts) {
      if (keys.has(key(a))) problems.push(`${what} twice: ${key(a)}`);
      keys.add(key(a));
    }
  };
  seen((a) => a.filingId, '备案编号');
  seen((a) => `${a.name}|${a.bucket}`, 'name on a bucket');
  seen((a) => `${a.operator}|${a.bucket}`, 'unit on a bucket');
  for (const a of accounts.filter((x) => isRegisteredAt(x, AS_OF))) {
    if (toDay(AS_OF) - toDay(a.lastUpdate) > 7) problems.push(`${label(a)} last updated ${a.lastUpdate}`);
  }
  for (let m = 1; m <= 12; m++) {
    const checked = rows.filter((r) => r.month === m).map((r) => r.account);
    const expected = accounts.filter((a) => isCheckedIn(a, m)).map((a) => a.index);
    if (checked.join() !== expected.join())
      problems.push(`month ${m}: rows do not match the accounts checked`);
  }
  for (const r of rows) {
    if (r.veto && r.conclusion === '合格') problems.push(`${r.account}/${r.month}: 合格 with a veto`);
    if ((r.kind === '全面检查') !== (r.score !== undefined))
      problems.push(`${r.account}/${r.month}: score vs kind`);
  }
  return problems;
}

/** Compares the figures with the targets; returns the differences. */
function compareFigures(f: Figures): string[] {
  const diffs: string[] = [];
  const expect = (what: string, actual: unknown, wanted: unknown) => {
    if (actual !== wanted) diffs.push(`${what}: ${String(actual)}, expected ${String(wanted)}`);
  };
  expect('registered', f.total, TARGET.total);
  expect('city level', f.city, TARGET.city);
  expect('district level', f.district, TARGET.district);
  for (const b of BUCKETS) expect(`bucket ${b}`, f.byBucket[b], TARGET.byBucket[b]);
  expect('Q4 unqualified', f.unqualified.Q4?.length, TARGET.q4Unqualified);
  for (const [q, n] of Object.entries(EARLIER_UNQUALIFIED))
    expect(`${q} unqualified`, f.unqualified[q]?.length, n);
  expect('perfect score', f.perfect, TARGET.perfect);
  expect('reposting', f.reposting, TARGET.reposting);
  expect('first reposting', f.firstReposting, TARGET.firstReposting);
  if (f.twiceUnqualified.length === 0) diffs.push('no account is unqualified in two quarters');
  return diffs;
}

// ---------------------------------------------------------------------------------------------------
// Writing the workbooks

/** Writes a workbook with the sample's fixed dates. */
function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  return saveFixedWorkbook(wb, path, FIXED_DATE, ZIP_MTIME);
}

function writeRegistry(accounts: Account[], path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('账号台账');
  const headers = [
    '序号',
    '账号名称',
    '平台类型',
    '开设主体',
    '所属地区',
    '备案编号',
    '备案日期',
    '状态',
    '注销日期',
    '最近更新日期',
  ];
  titleRow(ws, '无锡市政务新媒体账号台账（2023年2月更新）', headers.length);
  headerRow(ws, headers, [6, 18, 12, 34, 11, 15, 12, 7, 12, 13]);
  for (const a of accounts) {
    ws.addRow([
      a.index + 1,
      a.name,
      a.platform,
      a.operator,
      a.area,
      a.filingId,
      utcDate(a.filedOn),
      a.status,
      a.closedOn ? utcDate(a.closedOn) : null,
      utcDate(a.lastUpdate),
    ]);
  }
  ws.addRow(['合计', `${accounts.length}个`]);
  for (const col of [7, 9, 10]) ws.getColumn(col).numFmt = 'yyyy-mm-dd';
  return saveWorkbook(wb, path);
}

/** How a results workbook spells things: its headers and the cells of one row. */
interface Shape {
  headers: readonly string[];
  widths: readonly number[];
  title?: (m: number) => string;
  note?: string;
  cells: (r: CheckRow, a: Account, seq: number) => ExcelJS.CellValue[];
}

const yes = (v: boolean, y: string, n: string | null): string | null => (v ? y : n);
const canonical = (a: Account): string => (a.bucket === '其他' ? a.platform : a.bucket);
const Q_NAMES = ['一', '二', '三', '四'];

/** Q1: one sheet per month, header on the first row, canonical headers, 是/否. */
const Q1_SHAPE: Shape = {
  headers: [
    '序号',
    '账号名称',
    '平台类型',
    '备案编号',
    '得分',
    '单项否决',
    '否决情形',
    '问题描述',
    '检查结论',
  ],
  widths: [6, 18, 12, 15, 7, 9, 11, 40, 9],
  cells: (r, a, seq) => [
    seq,
    a.name,
    a.platform,
    a.filingId,
    r.score ?? null,
    yes(r.veto, '是', '否'),
    r.vetoReason ?? null,
    r.problem ?? null,
    r.conclusion,
  ],
};
/** Q2: a title row, alternative headers, no 单项否决 column (a 单否问题 implies it). */
const Q2_SHAPE: Shape = {
  headers: ['序号', '政务新媒体名称', '平台', '编号', '分数', '单否问题', '存在问题', '结论'],
  widths: [6, 18, 12, 15, 7, 11, 40, 9],
  title: (m) => `${YEAR}年${m}月全市政务新媒体检查结果`,
  cells: (r, a, seq) => [
    seq,
    a.name,
    a.platform,
    a.filingId,
    r.score ?? null,
    r.vetoReason ?? null,
    r.problem ?? null,
    r.conclusion,
  ],
};
/** Q3: a title row and a note row, buckets spelt canonically, √/× for the veto. */
const Q3_SHAPE: Shape = {
  headers: [
    '账号名称',
    '平台类型',
    '备案编号',
    '检查得分',
    '是否单项否决',
    '否决原因',
    '主要问题',
    '是否合格',
  ],
  widths: [18, 12, 15, 9, 12, 11, 40, 9],
  title: (m) => `${YEAR}年${m}月政务新媒体检查情况`,
  note: '说明：全面检查按百分制计分；单否专项检查只查单项否决指标，不计分。',
  cells: (r, a) => [
    a.name,
    canonical(a),
    a.filingId,
    r.score ?? null,
    yes(r.veto, '√', '×'),
    r.vetoReason ?? null,
    r.problem ?? null,
    r.conclusion,
  ],
};

/** Q4 carries every column under its canonical header, from the readers' own column table. */
// The part-one columns, whose cells the shapes below write by position.
const Q4_HEADERS = CHECK_COLUMNS.slice(0, 11).map((c) => c.header);
const Q4_WIDTHS = [11, 13, 18, 12, 15, 7, 9, 11, 40, 9, 12];
/** Q4, one workbook per month, every column present; the month is text, other text, or a date cell. */
const Q4_SHAPES: Record<number, Shape> = {
  10: {
    headers: Q4_HEADERS,
    widths: Q4_WIDTHS,
    title: () => `${YEAR}年10月全市政务新媒体单否专项检查结果`,
    cells: (r, a) => [
      `${YEAR}-10`,
      '单否专项检查',
      a.name,
      a.platform,
      a.filingId,
      null,
      yes(r.veto, '是', '否'),
      r.vetoReason ?? null,
      r.problem ?? null,
      r.conclusion,
      yes(r.reposting, '是', '否'),
    ],
  },
  11: {
    headers: Q4_HEADERS,
    widths: Q4_WIDTHS,
    title: () => `${YEAR}年11月全市政务新媒体单否专项检查结果`,
    cells: (r, a) => [
      `${YEAR}年11月`,
      '专项检查',
      a.name,
      a.platform,
      a.filingId,
      null,
      yes(r.veto, '√', null),
      r.vetoReason ?? null,
      r.problem ?? null,
      r.conclusion,
      yes(r.reposting, '√', null),
    ],
  },
  12: {
    headers: Q4_HEADERS,
    widths: Q4_WIDTHS,
    title: () => `${YEAR}年12月全市政务新媒体全面检查结果`,
    cells: (r, a) => [
      utcDate(`${YEAR}-12-01`),
      '全面检查',
      a.name,
      canonical(a),
      a.filingId,
      r.score ?? null,
      yes(r.veto, '是', '否'),
      r.vetoReason ?? null,
      r.problem ?? null,
      r.conclusion,
      yes(r.reposting, '是', '否'),
    ],
  },
};

function addResultSheet(
  wb: ExcelJS.Workbook,
  sheetName: string,
  shape: Shape,
  m: number,
  rows: CheckRow[],
  accounts: Account[],
): void {
  const ws = wb.addWorksheet(sheetName);
  if (shape.title) titleRow(ws, shape.title(m), shape.headers.length);
  if (shape.note) ws.addRow([shape.note]);
  headerRow(ws, shape.headers, shape.widths);
  rows
    .filter((r) => r.month === m)
    .forEach((r, i) => {
      ws.addRow(shape.cells(r, accounts[r.account]!, i + 1));
    });
}

async function writeChecks(accounts: Account[], rows: CheckRow[], dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [q, shape] of [
    [1, Q1_SHAPE],
    [2, Q2_SHAPE],
    [3, Q3_SHAPE],
  ] as const) {
    const wb = new ExcelJS.Workbook();
    for (let m = q * 3 - 2; m <= q * 3; m++) {
      const sheetName = q === 3 ? `${YEAR}-${pad2(m)}` : `${YEAR}年${m}月`;
      addResultSheet(wb, sheetName, shape, m, rows, accounts);
    }
    const file = `${YEAR}年第${Q_NAMES[q - 1]}季度检查结果.xlsx`;
    await saveWorkbook(wb, join(dir, file));
    written.push(file);
  }
  for (const m of [10, 11, 12]) {
    const wb = new ExcelJS.Workbook();
    addResultSheet(wb, '检查结果', Q4_SHAPES[m]!, m, rows, accounts);
    if (m === 12) wb.getWorksheet('检查结果')!.getColumn(1).numFmt = 'yyyy"年"m"月"';
    const file = `${YEAR}年${m}月${kindOf(m)}.xlsx`;
    await saveWorkbook(wb, join(dir, file));
    written.push(file);
  }
  return written;
}

// ---------------------------------------------------------------------------------------------------
// The update records (circular remind)

/**
 * Survey days of the sample's update records: a Monday, a Friday before an ordinary weekend, and the
 * Friday before the 2023 春节 holiday (1月21日至27日放假调休，1月28日、29日上班).
 */
const SURVEY_DAYS = ['2023-01-09', '2023-01-13', '2023-01-20'] as const;

/**
 * Each account's posts after its registry date, up to the last survey day: mostly every few days,
 * sometimes a gap of one to two and a half weeks. NOTE: a PRNG of its own, so that adding the update
 * records changed no byte of the other sample files.
 */
function postHistories(accounts: readonly Account[]): Map<number, string[]> {
  const next = mulberry32(SEED + 16);
  const between = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const last = SURVEY_DAYS[SURVEY_DAYS.length - 1]!;
  const histories = new Map<number, string[]>();
  for (const a of accounts) {
    const posts = [a.lastUpdate];
    for (;;) {
      const r = next();
      const gap = r < 0.7 ? between(1, 3) : r < 0.92 ? between(4, 9) : between(10, 18);
      const day = addDays(posts[posts.length - 1]!, gap);
      if (day > last) break;
      posts.push(day);
    }
    histories.set(a.index, posts);
  }
  return histories;
}

/** The latest post on or before `date`. */
function latestOn(posts: readonly string[], date: string): string {
  let latest = posts[0]!;
  for (const p of posts) if (p <= date) latest = p;
  return latest;
}

/**
 * One workbook per survey day, each listing the accounts open that day and their latest post, in the
 * three shapes an office uses: by 备案编号; by name and platform under a title with an alias header;
 * and with every identifying column and a closing total row.
 */
async function writeUpdates(accounts: Account[], dir: string): Promise<string[]> {
  const histories = postHistories(accounts);
  const written: string[] = [];
  for (const [i, day] of SURVEY_DAYS.entries()) {
    const open = accounts.filter((a) => isRegisteredAt(a, day));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('更新情况');
    const latest = (a: Account) => utcDate(latestOn(histories.get(a.index) ?? [a.lastUpdate], day));
    if (i === 0) {
      headerRow(ws, ['备案编号', '最近更新日期'], [15, 13]);
      for (const a of open) ws.addRow([a.filingId, latest(a)]);
    } else if (i === 1) {
      titleRow(ws, `政务新媒体更新情况（${day}巡查）`, 3);
      headerRow(ws, ['账号名称', '平台类型', '最后更新日期'], [18, 12, 13]);
      for (const a of open) ws.addRow([a.name, a.platform, latest(a)]);
    } else {
      headerRow(ws, ['序号', '账号名称', '平台类型', '备案编号', '最近更新日期'], [6, 18, 12, 15, 13]);
      for (const [n, a] of open.entries()) ws.addRow([n + 1, a.name, a.platform, a.filingId, latest(a)]);
      ws.addRow(['合计', `${open.length} 个账号`]);
    }
    ws.getColumn(ws.columnCount).numFmt = 'yyyy-mm-dd';
    const file = `${day}更新情况.xlsx`;
    await saveWorkbook(wb, join(dir, file));
    written.push(file);
  }
  return written;
}

// ---------------------------------------------------------------------------------------------------
// Text files

/**
 * The sample's config: the province's spot check, the two documents the reference circular cites, and
 * the part-two sections switched off so that the circular keeps the reference's structure.
 */
const CONFIG = {
  provincial: { '2022Q4': { checked: 20, passed: 20 } },
  basis: [
    '《国务院办公厅秘书局关于印发政府网站与政务新媒体检查指标、监管工作年度考核指标的通知》（国办秘函〔2019〕19号）',
    '《江苏省人民政府办公厅关于印发江苏省政务新媒体规范发展指引的通知》（苏政办函〔2021〕99号）',
  ],
  sections: {
    coverage: false,
    monthCounts: false,
    levels: false,
    problems: false,
    unregistered: false,
    followUp: false,
    rectification: false,
    problemsTable: false,
  },
};

const HIGHLIGHTS_Q4 = `**一是健全巡检机制，守牢运行底线。**锡山区建立政务新媒体“周巡查、月点评”制度，由区政府办公室每周抽查各账号的更新和留言办理情况，发现问题当日通知责任单位，整改结果纳入月度点评。惠山区把政务新媒体管理纳入部门年度绩效考核，对两次检查存在问题的单位负责人进行约谈，推动主体责任落到实处。

**二是聚焦中心工作，做好政策解读。**市人力资源社会保障局围绕稳就业、助企纾困等政策，推出“政策一点通”系列图解和短视频，用群众听得懂的话讲清申领条件和办理流程。滨湖区卫生健康委结合疫情防控政策调整，及时发布就医指引和健康提示，在公众号开设留言专区集中答复群众关切，累计答复留言400余条。

**三是优化掌上服务，提升办事体验。**经济开发区在“无锡经开发布”公众号上线企业服务专栏，汇集项目申报、人才政策、用工对接等事项，企业可在线提交诉求并查看办理进度。宜兴市发展和改革委员会依托“宜兴发改”公众号常态化转载上级权威信息，同步推送重大项目建设进展，让权威声音第一时间传到基层。
`;

const HIGHLIGHTS_Q3 = `**一是摸清账号底数，规范开设管理。**梁溪区对辖区政务新媒体逐一核对开设主体、备案信息和运维人员，对长期无人维护的账号督促关停注销。新吴区完善账号台账，为每个账号明确一名审核责任人，做到底数清、责任明。

**二是强化互动回应，及时回应关切。**市交通运输局建立留言“首问负责”流程，群众留言原则上两个工作日内答复。宜兴市在汛期通过政务新媒体矩阵滚动发布防汛提示和道路通行信息，方便群众安排出行。
`;

const HIGHLIGHTS_YEAR = `**一是压实主体责任，健全常态监管。**全年坚持每月检查、每季通报，各地各部门普遍明确了分管负责人和专职运维人员。惠山区、锡山区把检查结果纳入年度绩效考核，对连续两个季度出现问题的单位开展约谈，推动整改落到实处。

**二是清理整合账号，优化矩阵布局。**全年共关停注销长期不更新、功能重复的账号3个，新备案的账号均经主管部门审核后开设。经济开发区将分散在各部门的服务号整合为统一的企业服务入口，群众和企业“找得到、用得上”。

**三是加强内容建设，传播权威声音。**宜兴市、滨湖区等地常态化转载党中央、国务院和省委省政府重大决策部署，结合本地实际做好政策解读，全年多个账号多次检查均获满分。
`;

const README = `# 无锡市政务新媒体样例数据（2022年）

- \`circular.config.json\`：配置；地区等均取默认值（无锡），另填写了省政府办公厅第四季度抽查结果。
- \`registry.xlsx\`：账号台账，含已注销、关停账号和2023年1月新备案账号（不计入2022年底统计）。
- \`checks/\`：2022年全年检查结果；每季度前两个月为单否专项检查，第三个月为全面检查。
- \`highlights/\`：第三、第四季度和全年通报中“主要做法和成效”的文字（内容为虚构示例）。
`;

function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

// ---------------------------------------------------------------------------------------------------

function printFigures(f: Figures): void {
  const line = (k: string, v: unknown) => console.log(`  ${k.padEnd(22)}${String(v)}`);
  console.log(`Figures at ${AS_OF}:`);
  line('registered', f.total);
  line('市级 / 市(县)区', `${f.city} / ${f.district}`);
  line('by platform', BUCKETS.map((b) => `${b} ${f.byBucket[b]}`).join(', '));
  line(
    'by area',
    Object.entries(f.byArea)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  );
  for (const q of ['Q1', 'Q2', 'Q3', 'Q4'])
    line(`unqualified ${q}`, `${f.unqualified[q]?.length}: ${f.unqualified[q]?.join('、')}`);
  line('Q4 pass rate', `${f.total - (f.unqualified.Q4?.length ?? 0)}/${f.total}`);
  line('perfect score', f.perfect);
  line('reposting', `${f.reposting}, first ${f.firstReposting}`);
  line('twice unqualified', f.twiceUnqualified.join('、'));
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? 'fixtures/wuxi-2022');

  // Step: the model
  const { units, byUnit } = draftRegistry();
  addExtras(units, byUnit);
  const accounts = numberAccounts(units, byUnit);
  const plan = planChecks(accounts);
  const rows = buildRows(accounts, plan);

  // Step: self-check before anything is written
  const figures = computeFigures(accounts, rows);
  printFigures(figures);
  const problems = [...checkInvariants(accounts, rows), ...compareFigures(figures)];
  if (problems.length > 0) {
    console.error(`Self-check failed:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }

  // Step: the workspace
  writeText(join(outDir, 'circular.config.json'), `${JSON.stringify(CONFIG, null, 2)}\n`);
  await writeRegistry(accounts, join(outDir, 'registry.xlsx'));
  const checks = await writeChecks(accounts, rows, join(outDir, 'checks'));
  writeText(join(outDir, 'highlights', '2022Q4.md'), HIGHLIGHTS_Q4);
  writeText(join(outDir, 'highlights', '2022Q3.md'), HIGHLIGHTS_Q3);
  writeText(join(outDir, 'highlights', '2022.md'), HIGHLIGHTS_YEAR);
  writeText(join(outDir, 'README.md'), README);
  const updates = await writeUpdates(accounts, join(outDir, 'updates'));
  console.log(
    `Self-check passed. Wrote ${outDir}: registry.xlsx (${accounts.length} rows), ${rows.length} check rows in ${checks.join(', ')}; updates/${updates.join(', updates/')}`,
  );
}

await main();
