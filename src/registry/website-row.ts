/**
 * A government website's registry row (docs/workspace.md §11): a row of a website sheet (网站台账), or a row
 * of the accounts' sheet whose 平台类型 is a website spelling. Its 网站标识码 doubles as its `filingId`, so
 * that results rows match it by 标识码 as they match accounts by 备案编号.
 */
import { diagnosticAt } from '../domain/diagnostic.js';
import { nameKey } from '../domain/normalize.js';
import { parseSiteType, SITE_ID_PATTERN, type SiteType, WEBSITE_PLATFORM } from '../domain/site-types.js';
import type { CellDecoder } from '../table/cell-decoder.js';
import { CellProblem, cellDecoder, repeated } from '../table/cell-decoder.js';
import { optionalText, requiredText } from '../table/common-decoders.js';
import { cellText, isEmptyValue } from '../table/parse-values.js';
import type { RowCells } from '../table/read-table.js';
import type { RegistryAccount, WebsiteInfo } from './account.js';
import {
  type RegistryField,
  SITE_ID_COLUMN,
  SITE_TYPE_COLUMN,
  URL_COLUMN,
  WEBSITE_COLUMNS,
} from './columns.js';
import type { DecodedAccount, RegistryDecoders } from './registry-row.js';
import { REGISTRY_MISSING_VALUE } from './registry-row.js';

export const REGISTRY_BAD_SITE_TYPE = 'REGISTRY_BAD_SITE_TYPE';
export const REGISTRY_BAD_SITE_ID = 'REGISTRY_BAD_SITE_ID';

const SITE_TYPE_HINT = '可填写：门户网站（政府门户网站）、部门网站、专项网站（专题网站）';

/** 网站类型: required for a website (the circulars count by it). */
export const siteTypeDecoder: CellDecoder<SiteType> = repeated(
  cellDecoder(SITE_TYPE_COLUMN.header, (cell) => {
    if (isEmptyValue(cell))
      return new CellProblem(REGISTRY_MISSING_VALUE, '网站类型为空', `请填写网站类型：${SITE_TYPE_HINT}`);
    return (
      parseSiteType(cellText(cell)) ??
      new CellProblem(REGISTRY_BAD_SITE_TYPE, `网站类型“${cellText(cell)}”无法识别`, SITE_TYPE_HINT)
    );
  }),
);

const NAME_SPEC = WEBSITE_COLUMNS[0]!;
/** 网站名称 of a website sheet. */
export const siteNameDecoder: CellDecoder<string> = requiredText(NAME_SPEC, REGISTRY_MISSING_VALUE);
const siteIdDecoder = optionalText(SITE_ID_COLUMN);
const urlDecoder = optionalText(URL_COLUMN);

/**
 * The website fields of a row: 网站标识码, 网站类型 (from its column, else from a 平台类型 that names one, such
 * as 门户网站), 网址; REGISTRY_BAD_SITE_ID (a warning) for a 标识码 that is not ten letters or digits.
 */
function websiteInfo(cells: RowCells<RegistryField>, typeFromPlatform: SiteType | null): WebsiteInfo | null {
  const typed = cells.has('siteType') && !isEmptyValue(cells.cell('siteType'));
  const siteType =
    typed || typeFromPlatform === null ? cells.get('siteType', siteTypeDecoder) : typeFromPlatform;
  if (siteType === undefined) return null;
  const info: WebsiteInfo = { siteType };
  const siteId = cells.get('siteId', siteIdDecoder);
  if (siteId !== undefined) {
    info.siteId = siteId;
    if (!SITE_ID_PATTERN.test(siteId))
      cells.report(
        diagnosticAt(
          cells.cellAt('siteId'),
          REGISTRY_BAD_SITE_ID,
          'warning',
          `网站标识码“${siteId}”不是10位字母或数字`,
          '网站标识码见全国政府网站基本信息数据库，如 3611230001、bm09000001；请核对',
        ),
      );
  }
  const url = cells.get('url', urlDecoder);
  if (url !== undefined) info.url = url;
  return info;
}

/** An account row turned into a website: the platform folded to 政府网站, the 标识码 as its id. */
export function asWebsite(
  entry: DecodedAccount,
  cells: RowCells<RegistryField>,
  typeFromPlatform: SiteType | null,
): DecodedAccount | null {
  const info = websiteInfo(cells, typeFromPlatform);
  if (!info) return null;
  const account: RegistryAccount = {
    ...entry.account,
    platform: '其他',
    platformRaw: WEBSITE_PLATFORM,
    website: info,
  };
  delete account.filingId;
  if (info.siteId !== undefined) account.filingId = info.siteId;
  else if (entry.account.filingId !== undefined) account.filingId = entry.account.filingId;
  return { ...entry, account, platformKnown: true };
}

/** A row of a website sheet: no 平台类型 column; null when it names no website. */
export function decodeWebsiteRow(
  cells: RowCells<RegistryField>,
  decoders: RegistryDecoders,
  index: number,
): DecodedAccount | null {
  const name = cells.get('name', siteNameDecoder);
  const operator = cells.get('operator', decoders.operator);
  const district = cells.get('district', decoders.district);
  const filedOn = cells.get('filedOn', decoders.filedOn);
  const status = cells.get('status', decoders.status);
  const closedOn = cells.get('closedOn', decoders.closedOn);
  if (name === undefined) return null;
  const account: RegistryAccount = {
    index,
    name,
    key: nameKey(name),
    platformRaw: WEBSITE_PLATFORM,
    platform: '其他',
    operator: operator ?? '',
    district: district ?? cellText(cells.cell('district')),
    status: status ?? '正常',
    at: cells.at,
  };
  if (filedOn !== undefined) account.filedOn = filedOn;
  if (closedOn !== undefined) account.closedOn = closedOn;
  const decoded: DecodedAccount = {
    account,
    closedOnFailed: cells.failed('closedOn'),
    districtFailed: cells.failed('district'),
    platformKnown: true,
  };
  if (status !== undefined) decoded.statusWritten = status;
  return asWebsite(decoded, cells, null);
}
