import { z } from 'zod';
import { parseCalendarDate } from '../domain/calendar-date.js';
import { nameKey } from '../domain/normalize.js';
import { PLATFORM_ALIASES, PLATFORM_BUCKETS, type PlatformBucket } from '../domain/platform-buckets.js';
import { DEFAULT_DEDUCTION_CATEGORIES, DEFAULT_VETO_CATEGORIES } from '../domain/problem-categories.js';
import {
  DEFAULT_WEBSITE_DEDUCTION_CATEGORIES,
  DEFAULT_WEBSITE_VETO_CATEGORIES,
} from '../domain/site-types.js';
import { WEEKDAY_NAMES } from '../domain/work-calendar.js';

/** The eight county-level units of 无锡, the reference city, in the order its circulars list them. */
export const WUXI_DISTRICTS = [
  '江阴市',
  '宜兴市',
  '梁溪区',
  '锡山区',
  '惠山区',
  '滨湖区',
  '新吴区',
  '经济开发区',
];

/**
 * Where the results workbooks are by default: every spreadsheet in `checks/`, including the kinds the
 * tool refuses (.xls, .et, .ods, .xlsb), so that each gets a message saying how to save it as .xlsx.
 */
export const DEFAULT_CHECKS_GLOB = 'checks/*.{xlsx,xlsm,csv,xls,et,ods,xlsb}';

/** A real calendar date `YYYY-MM-DD`, by the one date rule of the CLI and the config. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写作 2023-10-17')
  .superRefine((text, ctx) => {
    const parsed = parseCalendarDate(text);
    if ('problem' in parsed)
      ctx.addIssue({ code: 'custom', message: `“${text}”不是有效日期：${parsed.problem}` });
  });

/** A period's id as a config key: `2023-09`, `2022Q4`, `2022H1` or `2022`. */
const anyPeriodKey = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])|Q[1-4]|H[12])?$/,
    '期间应写作 2022Q4 或 2022，也可写作 2022H1（半年）或 2023-09（月）',
  );

const category = z.strictObject({
  name: z.string().min(1).describe('类别名称，如 内容不更新'),
  aliases: z.array(z.string().min(1)).default([]).describe('同一类别的其他写法，如 ["长期不更新"]'),
});

/** An ordered category list; no spelling may stand for two categories (or twice). */
function categoryList(defaults: readonly { name: string; aliases: readonly string[] }[], what: string) {
  return z
    .array(category)
    .default(defaults.map((c) => ({ name: c.name, aliases: [...c.aliases] })))
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      for (const c of list)
        for (const spelling of [c.name, ...c.aliases]) {
          const key = nameKey(spelling);
          if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `${what}的写法“${spelling}”重复` });
          seen.add(key);
        }
    });
}

const rectification = z
  .union([
    z.strictObject({
      days: z.number().int().min(1).max(365).describe('成文日期后多少天内报送整改情况'),
    }),
    z.record(anyPeriodKey, isoDate),
  ])
  .describe('整改报送期限：{"days": 10}（成文日期加天数），或按期间写日期，如 {"2023-09": "2023-10-17"}');
/**
 * The districts written twice, compared as the registry compares them (width, case and inner spaces
 * folded), so `宜兴市` and `宜兴市 ` or `ｘｘ区` and `xx区` count as one.
 */
function repeatedDistricts(list: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const repeated: string[] = [];
  for (const district of list) {
    const first = seen.get(nameKey(district));
    if (first === undefined) seen.set(nameKey(district), district);
    else repeated.push(first === district ? `“${district}”` : `“${first}”与“${district}”`);
  }
  return repeated;
}

/**
 * The config's extra platform spellings that would move a spelling to another bucket: a built-in
 * spelling of one bucket listed under another, or one spelling listed under two buckets.
 */
function movedSpellings(extra: Partial<Record<PlatformBucket, readonly string[]>>): string[] {
  const owner = new Map<string, PlatformBucket>();
  for (const bucket of PLATFORM_BUCKETS)
    for (const alias of PLATFORM_ALIASES[bucket]) owner.set(nameKey(alias), bucket);
  const problems: string[] = [];
  for (const bucket of PLATFORM_BUCKETS) {
    for (const spelling of extra[bucket] ?? []) {
      const current = owner.get(nameKey(spelling));
      if (current !== undefined && current !== bucket) {
        problems.push(
          `“${spelling}”已归入“${current}”，不能再写在“${bucket}”中（补充写法只能增加新的写法，不能改变已有写法的类别）`,
        );
      } else owner.set(nameKey(spelling), bucket);
    }
  }
  return problems;
}

const provincialCheck = z
  .strictObject({
    checked: z.number().int().min(0).describe('省级抽查的我市政务新媒体数'),
    passed: z.number().int().min(0).describe('其中合格的个数'),
  })
  .refine((v) => v.passed <= v.checked, { message: 'passed 不能大于 checked' });

const WEEKDAY_LONG_NAMES = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;

/** Every accepted weekday name and its ISO number. */
const WEEKDAY_BY_NAME: Readonly<Record<string, number>> = Object.fromEntries([
  ...WEEKDAY_NAMES.map((name, i) => [name, i + 1] as const),
  ...WEEKDAY_LONG_NAMES.map((name, i) => [name, i + 1] as const),
  ['星期天', 7],
  ['周天', 7],
]);

const WEEKDAY_RANGE = '星期应为 1（周一）到 7（周日）';

const weekday = z
  .union(
    [z.number().int().min(1, WEEKDAY_RANGE).max(7, WEEKDAY_RANGE), z.enum(Object.keys(WEEKDAY_BY_NAME))],
    {
      error: '星期应写作 1～7（1 为周一，7 为周日），或“周一”“星期一”这样的名称',
    },
  )
  .transform((value): number => (typeof value === 'number' ? value : (WEEKDAY_BY_NAME[value] ?? 0)));

const calendar = z
  .strictObject({
    holidays: z
      .array(isoDate)
      .default([])
      .describe('法定节假日放假的日期（含调休放假），如 ["2023-09-29", "2023-09-30"]'),
    workdays: z.array(isoDate).default([]).describe('调休上班的周六、周日，如 ["2023-10-07", "2023-10-08"]'),
  })
  .refine((v) => !v.holidays.some((day) => v.workdays.includes(day)), {
    message: '同一天不能既在 holidays（放假）又在 workdays（调休上班）中',
  });

const fonts = z.strictObject({
  title: z.string().min(1).default('方正小标宋简体').describe('标题字体（二号小标宋）'),
  body: z.string().min(1).default('仿宋_GB2312').describe('正文字体（三号仿宋）；新版 Windows 上可写“仿宋”'),
  heading1: z.string().min(1).default('黑体').describe('一级标题字体'),
  heading2: z.string().min(1).default('楷体_GB2312').describe('二级标题字体；新版 Windows 上可写“楷体”'),
  pageNumber: z.string().min(1).default('宋体').describe('页码字体'),
  latin: z.string().min(1).default('Times New Roman').describe('数字和西文字体'),
});

const colophon = z.strictObject({
  /** 抄送 line, without the leading 抄送：. */
  cc: z.string().min(1).optional().describe('抄送机关，不含“抄送：”'),
  /** 印发机关; defaults to the issuer. */
  printer: z.string().min(1).optional().describe('印发机关；默认为发文机关'),
  /** 印发日期 `YYYY-MM-DD`; defaults to the circular's date. */
  printDate: isoDate.optional().describe('印发日期，如 2023-01-09；默认为成文日期'),
});

/** The national document every circular cites (the default `basis`). */
export const NATIONAL_BASIS =
  '《国务院办公厅秘书局关于印发政府网站与政务新媒体检查指标、监管工作年度考核指标的通知》（国办秘函〔2019〕19号）';

const on = (what: string) => z.boolean().default(true).describe(what);

/**
 * The optional parts of the bundled templates, each on unless switched off (docs/workspace.md, sections).
 * A template reads them as `sections.problems` etc.; the numbering of the sections after a switched-off
 * one closes up by itself.
 */
const sections = z.strictObject({
  coverage: on('检查（抽查）账号数和检查率（抽查比例）'),
  monthCounts: on('期内有多次检查时，各月检查发现的不合格数'),
  levels: on('两个层级都有检查时，按开设主体层级的合格率'),
  districts: on('各地区合格率'),
  comparison: on('较上期和同比的合格率变化'),
  perfect: on('历次检查均为100分的账号数'),
  reposting: on('积极转载权威信息的账号'),
  problems: on('“存在的主要问题”部分：单项否决和扣分情形，按问题类别列出账号'),
  unregistered: on('检查发现的未备案账号（瞒报漏报）'),
  followUp: on('连续两期不合格的账号和上期问题整改情况'),
  highlights: on('“主要做法和成效”部分（另需 highlights/ 下的文字）'),
  rectification: on('限期报送整改情况的要求（另需配置 rectification 或 --rectify-by）'),
  problemsTable: on('附件：问题账号按类别的清单'),
});

/** Government websites beside the accounts (docs/workspace.md §11). */
const websites = z.strictObject({
  registry: z
    .string()
    .min(1)
    .optional()
    .describe(
      '单独的网站台账文件，相对于工作区，如 websites.xlsx；不填时读账号台账中名为“网站台账”等的工作表',
    ),
  vetoCategories: categoryList(DEFAULT_WEBSITE_VETO_CATEGORIES, '网站单项否决类别').describe(
    '网站否决情形的类别，按通报中的顺序：[{"name": "首页不更新", "aliases": ["首页长期不更新"]}]',
  ),
  deductionCategories: categoryList(DEFAULT_WEBSITE_DEDUCTION_CATEGORIES, '网站扣分类别').describe(
    '网站扣分情形的类别，按通报中的顺序，写法同 vetoCategories',
  ),
  passScore: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('网站全面检查的合格分数线，如 80；不填则只按单项否决和检查结论判断'),
});

/** How the text names the area and its two levels; the defaults are a city's (无锡). */
const wording = z.strictObject({
  scope: z.string().min(1).default('市').describe('行政层级的简称，用于“全市”“我市”，县写“县”'),
  cityLevel: z
    .string()
    .min(1)
    .default('市级部门单位')
    .describe('“市级”账号的开设主体的称呼，如 县直部门单位'),
  cityLevelShort: z.string().min(1).default('市级部门').describe('各地区合格率中对“市级”的称呼，如 县直部门'),
  districtLevel: z
    .string()
    .min(1)
    .default('各市（县）区政府及其所属部门、街道')
    .describe('各地区账号的开设主体的称呼，如 各乡镇（街道）'),
});

/**
 * The workspace config (`circular.config.json`, docs/workspace.md §5). Every field is optional and the defaults
 * describe the reference city; an unknown field is an error that names it.
 */
export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('本文件的 JSON Schema，供编辑器补全和检查'),
    city: z.string().min(1).default('无锡').describe('城市简称，用于“全市”“我市”等表述，如 无锡'),
    issuer: z.string().min(1).default('无锡市人民政府办公室').describe('发文机关全称，用于署名'),
    issuerShort: z
      .string()
      .min(1)
      .default('市政府办公室')
      .describe('正文中对发文机关的简称，如 市政府办公室'),
    addressees: z
      .string()
      .min(1)
      .default('各市（县）、区人民政府，无锡经济开发区管委会，市各有关部门和单位：')
      .describe('主送机关，以全角冒号“：”结尾'),
    districts: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .regex(/^[^",]*$/, '地区名称中不能有英文引号 " 或英文逗号 ,'),
      )
      .min(1)
      .default(WUXI_DISTRICTS)
      .superRefine((list, ctx) => {
        const repeated = repeatedDistricts(list);
        if (repeated.length > 0)
          ctx.addIssue({ code: 'custom', message: `地区列表有重复项：${repeated.join('、')}` });
      })
      .refine((list) => !list.some((d) => nameKey(d) === nameKey('市级')), {
        message: '“市级”是固定层级，不要写进 districts',
      })
      .describe('本市的市（县）区和开发区，按通报中的排列顺序；“市级”不写在这里'),
    registry: z.string().min(1).default('registry.xlsx').describe('账号台账文件，相对于工作区'),
    checks: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .default(DEFAULT_CHECKS_GLOB)
      .describe('检查结果文件的位置（可用通配符），一个或多个'),
    passScore: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('全面检查的合格分数线；不填则只按单项否决和检查结论判断'),
    rateDecimals: z.number().int().min(0).max(4).default(1).describe('合格率保留的小数位数'),
    zombieDays: z.number().int().min(1).default(14).describe('超过多少天未更新视为“僵尸类”疑似账号'),
    staleDays: z
      .number()
      .int()
      .min(1)
      .default(14)
      .describe('更新提醒：连续多少天未更新即触及“内容不更新”单项否决线（circular remind）'),
    surveyWeekdays: z
      .array(weekday)
      .min(1)
      .default([1, 3, 5])
      .refine((days) => days.some((day) => day <= 5), {
        message: '更新提醒的巡查日至少要有一天是周一到周五',
      })
      .transform((days) => [...new Set(days)].sort((a, b) => a - b))
      .describe(
        '更新提醒的巡查星期：1～7 或“周一”…“周日”，默认周一、周三、周五；逢节假日不巡查（调休上班日照常）',
      ),
    calendar: calendar
      .default({ holidays: [], workdays: [] })
      .describe('本年的法定节假日和调休上班日，用于判断巡查日和休息日（circular remind）'),
    provincial: z
      .record(anyPeriodKey, provincialCheck)
      .default({})
      .describe('省级抽查结果，按期间填写，如 {"2022Q4": {"checked": 20, "passed": 20}}'),
    platforms: z
      .partialRecord(z.enum(PLATFORM_BUCKETS), z.array(z.string().min(1)))
      .default({})
      .superRefine((extra, ctx) => {
        for (const message of movedSpellings(extra)) ctx.addIssue({ code: 'custom', message });
      })
      .describe('平台类型的补充写法，如 {"其他": ["微视"]}'),
    readHiddenSheets: z
      .boolean()
      .default(false)
      .describe('是否读取并统计工作簿中隐藏的工作表；默认不读取（隐藏的表在 Excel 中看不到），并逐个提示'),
    fonts: fonts.default(fonts.parse({})).describe('各部分字体（按本机安装的字体名称填写）'),
    colophon: colophon.optional().describe('版记：抄送、印发机关和印发日期；不填则不印版记'),
    basis: z
      .array(z.string().min(1))
      .min(1)
      .default([NATIONAL_BASIS])
      .describe('通报第一段引用的依据文件，按引用顺序，每项写成印出的样子：《…》（…号）'),
    sections: sections.default(sections.parse({})).describe('内置模板中可选的部分，写 false 不印该部分'),
    wording: wording.default(wording.parse({})).describe('通报对本地区和两个层级的称呼'),
    vetoCategories: categoryList(DEFAULT_VETO_CATEGORIES, '单项否决类别').describe(
      '否决情形的类别，按通报中的顺序：[{"name": "内容不更新", "aliases": ["长期不更新"]}]',
    ),
    deductionCategories: categoryList(DEFAULT_DEDUCTION_CATEGORIES, '扣分类别').describe(
      '扣分情形的类别，按通报中的顺序，写法同 vetoCategories',
    ),
    accountLabel: z
      .enum(['bucket', 'typed'])
      .default('bucket')
      .describe(
        '正文中账号的写法：bucket 为“名称(微信公众号)”（按平台类别），typed 为台账所填平台，如“名称(新浪微博)”',
      ),
    rectification: rectification.optional(),
    websites: websites
      .default(websites.parse({}))
      .describe('政府网站：单独的网站台账、网站的问题类别和合格分数线'),
  })
  .describe('circular 工作区配置（circular.config.json）');

/** The effective config, defaults filled in. */
export type Config = z.output<typeof configSchema>;
/** What a user may write in `circular.config.json`. */
export type ConfigInput = z.input<typeof configSchema>;

/** The defaults alone (the reference city). */
export function defaultConfig(): Config {
  return configSchema.parse({});
}
