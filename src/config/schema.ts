import { z } from 'zod';
import { PLATFORM_BUCKETS } from '../domain/platform-buckets.js';

/** The eight county-level units of 无锡, the reference city, in the order its circulars list them. */
export const WUXI_DISTRICTS = ['江阴市', '宜兴市', '梁溪区', '锡山区', '惠山区', '滨湖区', '新吴区', '经济开发区'];

const periodKey = z.string().regex(/^\d{4}(Q[1-4])?$/, '期间应写作 2022Q4 或 2022');

const provincialCheck = z
  .strictObject({
    checked: z.number().int().min(0),
    passed: z.number().int().min(0),
  })
  .refine((v) => v.passed <= v.checked, { message: 'passed 不能大于 checked' });

const fonts = z.strictObject({
  title: z.string().min(1).default('方正小标宋简体'),
  body: z.string().min(1).default('仿宋_GB2312'),
  heading1: z.string().min(1).default('黑体'),
  heading2: z.string().min(1).default('楷体_GB2312'),
  pageNumber: z.string().min(1).default('宋体'),
  latin: z.string().min(1).default('Times New Roman'),
});

const colophon = z.strictObject({
  /** 抄送 line, without the leading 抄送：. */
  cc: z.string().min(1).optional(),
  /** 印发机关; defaults to the issuer. */
  printer: z.string().min(1).optional(),
  /** 印发日期 `YYYY-MM-DD`; defaults to the circular's date. */
  printDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

/**
 * The workspace config (`circular.config.json`, DATA.md §4). Every field is optional and the defaults
 * describe the reference city; an unknown field is an error that names it.
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  city: z.string().min(1).default('无锡'),
  issuer: z.string().min(1).default('无锡市人民政府办公室'),
  issuerShort: z.string().min(1).default('市政府办公室'),
  addressees: z.string().min(1).default('各市（县）、区人民政府，无锡经济开发区管委会，市各有关部门和单位：'),
  districts: z
    .array(z.string().min(1))
    .min(1)
    .default(WUXI_DISTRICTS)
    .refine((list) => new Set(list).size === list.length, { message: '地区列表有重复项' })
    .refine((list) => !list.includes('市级'), { message: '“市级”是固定层级，不要写进 districts' }),
  registry: z.string().min(1).default('registry.xlsx'),
  checks: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).default('checks/*.xlsx'),
  passScore: z.number().min(0).max(100).optional(),
  rateDecimals: z.number().int().min(0).max(4).default(1),
  zombieDays: z.number().int().min(1).default(14),
  provincial: z.record(periodKey, provincialCheck).default({}),
  platforms: z.partialRecord(z.enum(PLATFORM_BUCKETS), z.array(z.string().min(1))).default({}),
  fonts: fonts.default(fonts.parse({})),
  colophon: colophon.optional(),
});

/** The effective config, defaults filled in. */
export type Config = z.output<typeof configSchema>;
/** What a user may write in `circular.config.json`. */
export type ConfigInput = z.input<typeof configSchema>;

/** The defaults alone (the reference city). */
export function defaultConfig(): Config {
  return configSchema.parse({});
}
