/**
 * The registry's columns (docs/workspace.md §2): canonical header, accepted aliases, whether required, the note
 * the `init` template writes on the header cell, and the fixed values where there are some.
 */
import type { Config } from '../config/schema.js';
import { PLATFORM_ALIASES, PLATFORM_BUCKETS } from '../domain/platform-buckets.js';
import { SITE_TYPE_ALIASES, SITE_TYPES, WEBSITE_PLATFORM_SPELLINGS } from '../domain/site-types.js';
import { CITY_LEVEL } from '../domain/vocabulary.js';
import type { ColumnSpec, ColumnTable } from '../table/column-spec.js';
import { STATUS_ALIASES } from '../table/parse-values.js';

/** The registry fields a column may fill. */
export type RegistryField =
  | 'name'
  | 'platform'
  | 'operator'
  | 'district'
  | 'filingId'
  | 'filedOn'
  | 'status'
  | 'closedOn'
  | 'lastUpdate'
  | 'siteId'
  | 'siteType'
  | 'url';

/**
 * Every accepted 平台类型 value: the four buckets first, then the other spellings of each, then the
 * spellings that make a row a government website (docs/workspace.md §11).
 */
export const PLATFORM_VALUES: readonly string[] = [
  ...PLATFORM_BUCKETS,
  ...PLATFORM_BUCKETS.flatMap((bucket) => PLATFORM_ALIASES[bucket].filter((alias) => alias !== bucket)),
  ...WEBSITE_PLATFORM_SPELLINGS,
];

/** 账号名称: shared with the results sheets. */
export const NAME_COLUMN = {
  field: 'name',
  header: '账号名称',
  aliases: ['名称', '政务新媒体名称', '新媒体名称', '账号'],
  required: true,
  note: '填写账号在平台上显示的名称',
} as const satisfies ColumnSpec<'name'>;

/** 平台类型: shared with the results sheets. */
export const PLATFORM_COLUMN = {
  field: 'platform',
  header: '平台类型',
  aliases: ['平台', '媒体类型', '新媒体类型', '账号类型'],
  required: true,
  note: '填写微信公众号、微博、移动客户端，或其他平台的名称（如抖音、视频号）',
  values: PLATFORM_VALUES,
} as const satisfies ColumnSpec<'platform'>;

/** 备案编号: shared with the results sheets. */
export const FILING_ID_COLUMN = {
  field: 'filingId',
  header: '备案编号',
  aliases: ['编号', '账号ID', '账号编号'],
  required: false,
  note: '账号的备案编号，填写时不得重复',
} as const satisfies ColumnSpec<'filingId'>;

/** 网站标识码: shared with the results sheets. */
export const SITE_ID_COLUMN = {
  field: 'siteId',
  header: '网站标识码',
  aliases: ['标识码', '网站代码'],
  required: false,
  note: '全国政府网站基本信息数据库中的10位标识码，如 3611230001；填写时不得重复',
} as const satisfies ColumnSpec<'siteId'>;

/** 网站类型. */
export const SITE_TYPE_COLUMN = {
  field: 'siteType',
  header: '网站类型',
  aliases: ['网站类别'],
  required: false,
  note: '门户网站、部门网站或专项网站',
  values: [...SITE_TYPES, ...SITE_TYPES.flatMap((t) => SITE_TYPE_ALIASES[t].filter((a) => a !== t))],
} as const satisfies ColumnSpec<'siteType'>;

/** 网址. */
export const URL_COLUMN = {
  field: 'url',
  header: '网址',
  aliases: ['域名', 'URL', '网站地址', '首页地址', '首页网址'],
  required: false,
  note: '网站首页的网址，如 www.qingwu.gov.cn',
} as const satisfies ColumnSpec<'url'>;

/** Each registry column by field. */
export const REGISTRY_COLUMN: Readonly<Record<RegistryField, ColumnSpec<RegistryField>>> = {
  name: NAME_COLUMN,
  platform: PLATFORM_COLUMN,
  operator: {
    field: 'operator',
    header: '开设主体',
    aliases: ['主办单位', '开办主体', '开设单位', '责任单位'],
    required: true,
    note: '填写开设和运营账号的单位全称',
  },
  district: {
    field: 'district',
    header: '所属地区',
    aliases: ['地区', '所属区县', '区县', '所属区域'],
    required: true,
    note: '市级部门单位填“市级”，其他填所属市（县）区',
  },
  filingId: FILING_ID_COLUMN,
  filedOn: {
    field: 'filedOn',
    header: '备案日期',
    aliases: ['开设日期', '注册日期'],
    required: false,
    note: '如 2022-10-08；统计期末之后备案的账号不计入该期',
  },
  status: {
    field: 'status',
    header: '状态',
    aliases: ['账号状态', '运行状态'],
    required: false,
    note: '正常、关停或注销；留空视为正常',
    values: [...STATUS_ALIASES.正常, ...STATUS_ALIASES.关停, ...STATUS_ALIASES.注销],
  },
  closedOn: {
    field: 'closedOn',
    header: '注销日期',
    aliases: ['关停日期', '关停注销日期'],
    required: false,
    note: '账号关停或注销的日期，如 2022-10-08',
  },
  lastUpdate: {
    field: 'lastUpdate',
    header: '最近更新日期',
    aliases: ['最后更新日期', '最新更新时间'],
    required: false,
    note: '账号最近一次发布信息的日期，如 2022-10-08',
  },
  siteId: SITE_ID_COLUMN,
  siteType: SITE_TYPE_COLUMN,
  url: URL_COLUMN,
};

/** The registry's column table, in the order the template lays the columns out. */
export const REGISTRY_COLUMNS: ColumnTable<RegistryField> = [
  REGISTRY_COLUMN.name,
  REGISTRY_COLUMN.platform,
  REGISTRY_COLUMN.operator,
  REGISTRY_COLUMN.district,
  REGISTRY_COLUMN.filingId,
  REGISTRY_COLUMN.filedOn,
  REGISTRY_COLUMN.status,
  REGISTRY_COLUMN.closedOn,
  REGISTRY_COLUMN.lastUpdate,
];

/**
 * The columns read from the accounts' registry sheet: the template's, and the website columns for rows
 * whose 平台类型 is a website (docs/workspace.md §11); the template does not lay those out.
 */
export const REGISTRY_READ_COLUMNS: ColumnTable<RegistryField> = [
  ...REGISTRY_COLUMNS,
  SITE_ID_COLUMN,
  SITE_TYPE_COLUMN,
  URL_COLUMN,
];

/**
 * The columns of a website sheet or workbook (网站台账, docs/workspace.md §11), in the order the template lays
 * them out: 网站名称, 网站标识码, 网站类型, 网址, 主办单位, 所属地区, then the dates and status.
 */
export const WEBSITE_COLUMNS: ColumnTable<RegistryField> = [
  {
    field: 'name',
    header: '网站名称',
    aliases: ['名称', '网站'],
    required: true,
    note: '网站首页显示的名称，如 青梧县人民政府门户网站',
  },
  { ...SITE_ID_COLUMN, note: '10位网站标识码，如 3611230001；填写后检查结果可按标识码匹配' },
  { ...SITE_TYPE_COLUMN, required: true },
  URL_COLUMN,
  {
    ...REGISTRY_COLUMN.operator,
    header: '主办单位',
    aliases: ['开设主体', '开办主体', '开设单位', '责任单位', '主办机关'],
    note: '填写网站主办单位的全称',
  },
  { ...REGISTRY_COLUMN.district, note: '县（市）级部门填“市级”，其他填所属乡镇（街道）或区县' },
  {
    ...REGISTRY_COLUMN.filedOn,
    header: '开通日期',
    aliases: ['备案日期', '开设日期', '上线日期'],
    note: '如 2019-05-20；统计期末之后开通的网站不计入该期',
  },
  {
    ...REGISTRY_COLUMN.status,
    header: '运行状态',
    aliases: ['状态', '网站状态'],
    note: '正常、关停或注销；留空视为正常',
  },
  {
    ...REGISTRY_COLUMN.closedOn,
    header: '关停日期',
    aliases: ['注销日期', '下线日期', '关停注销日期'],
    note: '网站关停或注销（下线）的日期，如 2023-03-15',
  },
];

/** The values the 所属地区 column accepts under a config: 市级, then the configured districts. */
export function districtValues(config: Pick<Config, 'districts'>): string[] {
  return [CITY_LEVEL, ...config.districts];
}
