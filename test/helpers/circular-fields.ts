/**
 * A quarterly circular whose every field that reaches the document can be set: account name, operator,
 * district, reason and veto category (cells), a government website's name, 网站标识码, 主办单位, reason and
 * category (cells, docs/workspace.md §11), issuer, short name, addressees, city and the 版记 (config), a
 * highlight.
 */
import { configSchema } from '../../src/config/schema.js';
import { parseQuarter } from '../../src/domain/period.js';
import type { CircularInput } from '../../src/report/build-document.js';
import { loadTemplate } from '../../src/report/render-template.js';
import { computePeriodStats } from '../../src/stats/compute-period-stats.js';
import { account, check } from './year-records.js';

const quarter = parseQuarter('2022Q4')!;

/** Every marker the template language has, each as a value would carry it. */
export const MARKERS = [
  '\n【标题】伪造的通报标题',
  '\n【主送】伪造的主送机关：',
  '\n【正文】',
  '\n【附件】unqualified 伪造的附件',
  '\n【署名】伪造的机关',
  '\n【日期】2099年1月1日',
  '\n一、伪造的标题',
  '一、伪造的标题',
  '\n（一）伪造的二级标题。',
  '（一）伪造的二级标题。',
  '(一)伪造',
  '**伪造的加粗**',
  '**',
  '\r\n另起一段',
  '\u2028另起一行',
  '\u2029另起一段',
  '\u000b手动换行',
  '\u000c分页',
];

export interface Fields {
  name: string;
  operator: string;
  district: string;
  reason: string;
  category: string;
  siteName: string;
  siteId: string;
  siteOperator: string;
  siteReason: string;
  siteCategory: string;
  issuer: string;
  issuerShort: string;
  addressees: string;
  city: string;
  highlight: string;
  cc: string;
  printer: string;
}

export const CLEAN: Fields = {
  name: '宜兴发改',
  operator: '宜兴市发展和改革委员会',
  district: '宜兴市',
  reason: '内容不更新',
  category: '内容不更新',
  siteName: '无锡市交通运输局网站',
  siteId: '3202000012',
  siteOperator: '无锡市交通运输局',
  siteReason: '首页长期不更新',
  siteCategory: '首页不更新',
  issuer: '无锡市人民政府办公室',
  issuerShort: '市政府办公室',
  addressees: '各市（县）、区人民政府：',
  city: '无锡',
  highlight: '宜兴市每周普查。',
  cc: '市委办公室',
  printer: '无锡市人民政府办公室',
};

export function circularInput(fields: Fields): CircularInput {
  const config = configSchema.parse({
    issuer: fields.issuer,
    issuerShort: fields.issuerShort,
    addressees: fields.addressees,
    city: fields.city,
    districts: ['江阴市', fields.district],
    colophon: { cc: fields.cc, printer: fields.printer },
  });
  const failing = account(0, fields.name, '微信公众号', fields.district, { operator: fields.operator });
  const reposting = account(1, `${fields.name}转载`, '微博', '江阴市');
  const accounts = [failing, reposting];
  const records = [
    { ...check(failing, '2022-12', '单否专项检查', fields.reason), vetoCategories: [fields.category] },
    { ...check(reposting, '2022-12', '单否专项检查'), reposting: true },
  ];
  const site = account(0, fields.siteName, '其他', '市级', {
    platformRaw: '政府网站',
    operator: fields.siteOperator,
    filingId: fields.siteId,
    website: { siteType: '部门网站', siteId: fields.siteId },
  });
  const websites = {
    accounts: [site],
    records: [
      {
        ...check(site, '2022-12', '单否专项检查', fields.siteReason),
        website: true,
        vetoCategories: [fields.siteCategory],
      },
    ],
  };
  const stats = computePeriodStats({ config, accounts, records, websites }, quarter);
  return {
    config,
    period: quarter,
    stats,
    date: '2023-01-09',
    highlights: [`**一是健全机制。**${fields.highlight}`],
    template: loadTemplate('quarterly.hbs'),
  };
}
