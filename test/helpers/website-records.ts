/**
 * Hand-built government websites (docs/workspace.md §11) beside the accounts of year-records.ts: four
 * websites of the three 网站类型, and their checks of 2022, linked as the readers link them.
 */
import type { CheckRecord } from '../../src/checks/check-record.js';
import type { SiteType } from '../../src/domain/site-types.js';
import type { RegistryAccount } from '../../src/registry/account.js';
import { account, check } from './year-records.js';

/** A website as the registry reader gives it: 平台 其他 typed 政府网站, its 标识码 as its filing id. */
export function website(
  index: number,
  name: string,
  siteType: SiteType,
  operator: string,
  siteId?: string,
): RegistryAccount {
  return account(index, name, '其他', '市级', {
    platformRaw: '政府网站',
    operator,
    ...(siteId ? { filingId: siteId } : {}),
    website: { siteType, ...(siteId ? { siteId } : {}) },
  });
}

export const portal = website(0, '无锡市人民政府门户网站', '门户网站', '无锡市人民政府办公室', '3202000001');
export const education = website(1, '无锡市教育局网站', '部门网站', '无锡市教育局', '3202000012');
/** No 网站标识码 in the registry. */
export const transport = website(2, '无锡市交通运输局网站', '部门网站', '无锡市交通运输局');
export const business = website(3, '无锡营商环境专题网', '专项网站', '无锡市发展和改革委员会', '3202000030');

export const WEBSITES: RegistryAccount[] = [portal, education, transport, business];

/** A website's check failed on these veto categories (否决情形). */
function vetoed(site: RegistryAccount, month: string, ...categories: string[]): CheckRecord {
  return { ...check(site, month, '单否专项检查', categories.join('、')), vetoCategories: categories };
}

/** A 全面检查 with deductions (扣分情形): the website passes. */
function deducted(site: RegistryAccount, month: string, score: number, ...categories: string[]): CheckRecord {
  return { ...check(site, month, '全面检查'), score, deductions: categories };
}

/**
 * 2022: August (Q3) every website checked and passed; November (Q4) every website checked, 交通运输局网站
 * 站点无法访问 and 首页不更新 (unqualified: 3/4 → 75.0%, 25 points below Q3); December a 全面检查 of two
 * websites, 教育局网站 deducted for 栏目更新不及时 and 错别字, the 营商环境 site for 错别字.
 */
export function websiteRecords(): CheckRecord[] {
  return [
    ...WEBSITES.map((s) => check(s, '2022-08', '单否专项检查')),
    ...WEBSITES.map((s) =>
      s === transport
        ? vetoed(s, '2022-11', '站点无法访问', '首页不更新')
        : check(s, '2022-11', '单否专项检查'),
    ),
    deducted(education, '2022-12', 92, '栏目更新不及时', '错别字'),
    deducted(business, '2022-12', 96, '错别字'),
  ];
}
