/**
 * Government websites (政府网站) beside the accounts (docs/workspace.md §11): the three 网站类型 the circulars
 * count by, the 平台类型 spellings that make a row a website, and the national indicators' website
 * categories (国办秘函〔2019〕19号: 单项否决 and 扣分 items of the website checks).
 */
import { nameKey } from './normalize.js';
import type { ProblemCategory } from './problem-categories.js';

/** The three kinds of government website, in the order the circulars count them. */
export const SITE_TYPES = ['门户网站', '部门网站', '专项网站'] as const;
export type SiteType = (typeof SITE_TYPES)[number];

/** Accepted spellings of each 网站类型 (compared by `nameKey`). */
export const SITE_TYPE_ALIASES: Readonly<Record<SiteType, readonly string[]>> = {
  门户网站: ['门户网站', '政府门户网站', '门户', '政府门户'],
  部门网站: ['部门网站', '部门', '部门门户网站'],
  专项网站: ['专项网站', '专题网站', '专项', '专题', '专栏网站'],
};

/**
 * 平台类型 spellings that make a registry or results row a website; a spelling that is also a 网站类型
 * gives the type.
 */
export const WEBSITE_PLATFORM_SPELLINGS: readonly string[] = [
  '政府网站',
  '网站',
  '政务网站',
  '门户网站',
  '政府门户网站',
  '部门网站',
  '专项网站',
  '专题网站',
];

const SITE_TYPE_BY_KEY = new Map<string, SiteType>();
for (const type of SITE_TYPES)
  for (const alias of SITE_TYPE_ALIASES[type]) SITE_TYPE_BY_KEY.set(nameKey(alias), type);
const WEBSITE_PLATFORM_KEYS = new Set(WEBSITE_PLATFORM_SPELLINGS.map(nameKey));

/** The 网站类型 a cell names, or null when it names none. */
export function parseSiteType(text: string): SiteType | null {
  return SITE_TYPE_BY_KEY.get(nameKey(text)) ?? null;
}

/** True when a 平台类型 value says the row is a government website. */
export function isWebsitePlatform(text: string): boolean {
  return WEBSITE_PLATFORM_KEYS.has(nameKey(text));
}

/** How every website's platform reads inside the statistics (its `platformRaw`): one spelling for all. */
export const WEBSITE_PLATFORM = '政府网站';

/** A 网站标识码 as the national database gives it: ten letters or digits (3202000001, bm09000001). */
export const SITE_ID_PATTERN = /^[0-9A-Za-z]{10}$/;

/** The national single-veto items of the website checks, with the spellings offices use. */
export const DEFAULT_WEBSITE_VETO_CATEGORIES: readonly ProblemCategory[] = [
  {
    name: '安全问题',
    aliases: ['安全、泄密事故等严重问题', '泄密', '安全事故', '存在安全隐患', '被篡改', '挂马'],
  },
  { name: '站点无法访问', aliases: ['无法访问', '网站无法访问', '首页无法访问', '首页打不开', '网站打不开'] },
  { name: '首页不更新', aliases: ['首页信息不更新', '首页长期不更新', '首页栏目不更新', '首页更新不及时'] },
  { name: '栏目不更新', aliases: ['栏目长期不更新', '动态要闻类栏目不更新', '栏目未更新', '信息不更新'] },
  { name: '空白栏目', aliases: ['空白栏目过多', '存在空白栏目', '栏目空白'] },
  { name: '严重错误', aliases: ['严重表述错误', '严重错别字', '虚假或伪造内容', '内容严重错误'] },
  { name: '互动回应差', aliases: ['互动回应不到位', '留言长期未回复', '咨询留言未回复', '互动功能不可用'] },
];

/** The deductions website circulars most often list. */
export const DEFAULT_WEBSITE_DEDUCTION_CATEGORIES: readonly ProblemCategory[] = [
  { name: '栏目更新不及时', aliases: ['更新不及时', '信息更新不及时', '内容更新不及时'] },
  { name: '错别字', aliases: ['错敏字', '错敏词', '存在错别字', '错字'] },
  { name: '链接不可用', aliases: ['链接失效', '错链断链', '断链', '外链无法打开', '不可用链接'] },
  { name: '互动回应不及时', aliases: ['留言回复不及时', '回应不及时', '留言办理不及时'] },
  { name: '办事服务不实用', aliases: ['办事指南要素缺失', '办事指南不准确', '服务不实用'] },
];
