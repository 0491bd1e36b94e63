/**
 * The results sheets' columns (docs/workspace.md §3): canonical header, accepted aliases, whether required, the
 * note the `init` template writes on the header cell, and the fixed values where there are some.
 * 账号名称, 平台类型 and 备案编号 are the registry's own column specs.
 */

import { CHECK_KINDS } from '../domain/vocabulary.js';
import {
  FILING_ID_COLUMN,
  NAME_COLUMN,
  PLATFORM_COLUMN,
  REGISTRY_COLUMN,
  SITE_ID_COLUMN,
} from '../registry/columns.js';
import type { ColumnSpec, ColumnTable } from '../table/column-spec.js';
import { CHECK_KIND_ALIASES, FILING_ALIASES, RECTIFICATION_ALIASES } from '../table/parse-values.js';

/** The result fields a column may fill. */
export type CheckField =
  | 'month'
  | 'kind'
  | 'name'
  | 'platform'
  | 'filingId'
  | 'score'
  | 'veto'
  | 'vetoReason'
  | 'problem'
  | 'conclusion'
  | 'reposting'
  | 'deduction'
  | 'deductionPoints'
  | 'filing'
  | 'operator'
  | 'district'
  | 'rectification'
  | 'siteName'
  | 'siteId';

const ACCOUNT_IDENTITY = '账号名称和平台类型，或备案编号，至少填写一种';

const CATEGORY_SEPARATORS = '多个类别用顿号、逗号、分号或换行分开';

/** Each results column by field. */
export const CHECK_COLUMN: Readonly<Record<CheckField, ColumnSpec<CheckField>>> = {
  month: {
    field: 'month',
    header: '检查月份',
    aliases: ['检查时间', '检查日期', '月份'],
    required: false,
    requiredWhen: '工作表名称未写明月份（如“2022年10月”）时必填',
    note: '如 2022-10 或 2022年10月',
  },
  kind: {
    field: 'kind',
    header: '检查类型',
    aliases: ['检查方式', '检查类别'],
    required: false,
    note: '单否专项检查或全面检查；留空时有得分的视为全面检查',
    values: [
      ...CHECK_KINDS,
      ...CHECK_KINDS.flatMap((kind) => CHECK_KIND_ALIASES[kind].filter((a) => a !== kind)),
    ],
  },
  name: { ...NAME_COLUMN, required: false, requiredWhen: ACCOUNT_IDENTITY },
  platform: { ...PLATFORM_COLUMN, required: false, requiredWhen: ACCOUNT_IDENTITY },
  filingId: {
    ...FILING_ID_COLUMN,
    requiredWhen: ACCOUNT_IDENTITY,
    note: '台账中的备案编号；填写后按编号匹配账号',
  },
  score: {
    field: 'score',
    header: '得分',
    aliases: ['分数', '检查得分', '总分'],
    required: false,
    requiredWhen: '全面检查必填',
    note: '0–100 的数字；全面检查必填',
  },
  veto: {
    field: 'veto',
    header: '单项否决',
    aliases: ['是否单项否决', '单否'],
    required: false,
    note: '是或否；填写了否决情形即视为是',
    values: ['是', '否'],
  },
  vetoReason: {
    field: 'vetoReason',
    header: '否决情形',
    aliases: ['单否问题', '否决原因', '单项否决情形'],
    required: false,
    note: `如安全问题、内容不更新、互动回应差；${CATEGORY_SEPARATORS}`,
  },
  problem: {
    field: 'problem',
    header: '问题描述',
    aliases: ['存在问题', '主要问题', '问题'],
    required: false,
    note: '检查发现的问题',
  },
  conclusion: {
    field: 'conclusion',
    header: '检查结论',
    aliases: ['结论', '是否合格'],
    required: false,
    note: '合格或不合格',
    values: ['合格', '不合格'],
  },
  reposting: {
    field: 'reposting',
    header: '转载权威信息',
    aliases: ['是否转载权威信息', '转载情况'],
    required: false,
    note: '是或否',
    values: ['是', '否'],
  },
  deduction: {
    field: 'deduction',
    header: '扣分情形',
    aliases: ['扣分项', '扣分原因', '扣分问题'],
    required: false,
    note: `如内容更新不及时、错别字、功能无法使用；${CATEGORY_SEPARATORS}；扣分不影响是否合格`,
  },
  deductionPoints: {
    field: 'deductionPoints',
    header: '扣分',
    aliases: ['扣分分值', '扣分数'],
    required: false,
    note: '扣除的分数，0 或正数',
  },
  filing: {
    field: 'filing',
    header: '备案情况',
    aliases: ['是否备案'],
    required: false,
    note: '已备案或未备案；留空视为已备案。未备案的账号不与台账核对，作为瞒报漏报账号列出',
    values: [...FILING_ALIASES.已备案, ...FILING_ALIASES.未备案],
  },
  operator: {
    ...REGISTRY_COLUMN.operator,
    field: 'operator',
    required: false,
    requiredWhen: '未备案的账号填写',
    note: '未备案账号的开设单位；已备案账号以台账为准，可不填',
  },
  district: {
    ...REGISTRY_COLUMN.district,
    field: 'district',
    required: false,
    requiredWhen: '未备案的账号填写',
    note: '未备案账号所属的市级或市（县）区；已备案账号以台账为准，可不填',
  },
  rectification: {
    field: 'rectification',
    header: '整改情况',
    aliases: ['是否整改', '复查结果'],
    required: false,
    note: '复查上期通报问题时填写：已整改、整改中或未整改',
    values: [
      ...RECTIFICATION_ALIASES.已整改,
      ...RECTIFICATION_ALIASES.整改中,
      ...RECTIFICATION_ALIASES.未整改,
    ],
  },
  siteName: {
    field: 'siteName',
    header: '网站名称',
    aliases: [],
    required: false,
    requiredWhen: '网站检查结果：网站名称或网站标识码至少填写一种',
    note: '网站台账中的网站名称',
  },
  siteId: {
    ...SITE_ID_COLUMN,
    requiredWhen: '网站检查结果：网站名称或网站标识码至少填写一种',
    note: '网站台账中的网站标识码；填写后按标识码匹配网站',
  },
};

/**
 * The results sheets' column table, in the order the template lays the columns out.
 * NOTE: the part-two columns (扣分情形 onwards) come last: the sample and bench generators write the
 * first eleven by position.
 */
export const CHECK_COLUMNS: ColumnTable<CheckField> = [
  CHECK_COLUMN.month,
  CHECK_COLUMN.kind,
  CHECK_COLUMN.name,
  CHECK_COLUMN.platform,
  CHECK_COLUMN.filingId,
  CHECK_COLUMN.score,
  CHECK_COLUMN.veto,
  CHECK_COLUMN.vetoReason,
  CHECK_COLUMN.problem,
  CHECK_COLUMN.conclusion,
  CHECK_COLUMN.reposting,
  CHECK_COLUMN.deduction,
  CHECK_COLUMN.deductionPoints,
  CHECK_COLUMN.filing,
  CHECK_COLUMN.operator,
  CHECK_COLUMN.district,
  CHECK_COLUMN.rectification,
];

/**
 * The columns read from a results sheet: the template's, and 网站名称 / 网站标识码, which make the sheet one
 * of website checks (docs/workspace.md §11).
 */
export const CHECK_READ_COLUMNS: ColumnTable<CheckField> = [
  ...CHECK_COLUMNS,
  CHECK_COLUMN.siteName,
  CHECK_COLUMN.siteId,
];

/** The columns of a sheet of website checks (网站检查结果), in the order the template lays them out. */
export const WEBSITE_CHECK_COLUMNS: ColumnTable<CheckField> = [
  CHECK_COLUMN.month,
  CHECK_COLUMN.kind,
  CHECK_COLUMN.siteName,
  CHECK_COLUMN.siteId,
  CHECK_COLUMN.score,
  CHECK_COLUMN.veto,
  {
    ...CHECK_COLUMN.vetoReason,
    note: '如站点无法访问、首页不更新、栏目不更新、空白栏目；多个类别用顿号、逗号、分号或换行分开',
  },
  CHECK_COLUMN.problem,
  CHECK_COLUMN.conclusion,
  {
    ...CHECK_COLUMN.deduction,
    note: '如栏目更新不及时、错别字、链接不可用；多个类别用顿号、逗号、分号或换行分开；扣分不影响是否合格',
  },
  CHECK_COLUMN.deductionPoints,
  CHECK_COLUMN.rectification,
];
