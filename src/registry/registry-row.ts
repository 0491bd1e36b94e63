/**
 * One registry row: the zod decoders of its cells (built once per sheet) and the account they make.
 * Field-level problems are diagnostics at the exact cell; rules across the row follow in the reader.
 */
import type { Config } from '../config/schema.js';
import { closestMatch } from '../domain/closest.js';
import { nameKey } from '../domain/normalize.js';
import type { AccountStatus } from '../domain/vocabulary.js';
import type { CellDecoder } from '../table/cell-decoder.js';
import { CellProblem, cellDecoder, repeated } from '../table/cell-decoder.js';
import type { PlatformValue } from '../table/common-decoders.js';
import { optionalDate, optionalText, platformDecoder, requiredText } from '../table/common-decoders.js';
import {
  cellText,
  districtLookup,
  isEmptyValue,
  parseStatus,
  STATUS_ALIASES,
} from '../table/parse-values.js';
import type { RowCells } from '../table/read-table.js';
import type { RegistryAccount } from './account.js';
import type { RegistryField } from './columns.js';
import { districtValues, REGISTRY_COLUMN } from './columns.js';

/** Codes of the registry's field-level problems. */
export const REGISTRY_MISSING_VALUE = 'REGISTRY_MISSING_VALUE';
export const REGISTRY_UNKNOWN_DISTRICT = 'REGISTRY_UNKNOWN_DISTRICT';
export const REGISTRY_BAD_DATE = 'REGISTRY_BAD_DATE';
export const REGISTRY_BAD_STATUS = 'REGISTRY_BAD_STATUS';

const COLUMN = REGISTRY_COLUMN;

/** The decoders of a registry sheet's cells. */
export interface RegistryDecoders {
  name: CellDecoder<string>;
  platform: CellDecoder<PlatformValue | undefined>;
  operator: CellDecoder<string>;
  district: CellDecoder<string>;
  filingId: CellDecoder<string | undefined>;
  filedOn: CellDecoder<string | undefined>;
  status: CellDecoder<AccountStatus | undefined>;
  closedOn: CellDecoder<string | undefined>;
  lastUpdate: CellDecoder<string | undefined>;
}

const STATUS_ORDER: readonly AccountStatus[] = ['正常', '关停', '注销'];
const STATUS_HINT = `可填写：${STATUS_ORDER.map(
  (status) => `${status}（${STATUS_ALIASES[status].filter((a) => a !== status).join('、')}）`,
).join('、')}；留空视为正常`;

function districtDecoder(config: Pick<Config, 'districts'>): CellDecoder<string> {
  const resolve = districtLookup(config.districts);
  const accepted = districtValues(config);
  return cellDecoder(COLUMN.district.header, (cell) => {
    if (isEmptyValue(cell)) {
      return new CellProblem(
        REGISTRY_MISSING_VALUE,
        '所属地区为空',
        `请填写所属地区：${COLUMN.district.note}`,
      );
    }
    const text = cellText(cell);
    const district = resolve(text);
    if (district !== null) return district;
    const nearest = closestMatch(text, accepted, { key: nameKey });
    const guess = nearest === undefined ? '' : `“${text}”最接近“${nearest}”；`;
    return new CellProblem(
      REGISTRY_UNKNOWN_DISTRICT,
      `所属地区“${text}”不在配置的地区列表中`,
      `${guess}可填写：${accepted.join('、')}；新设地区请加入配置 districts`,
    );
  });
}

const statusDecoder: CellDecoder<AccountStatus | undefined> = cellDecoder(COLUMN.status.header, (cell) => {
  if (isEmptyValue(cell)) return undefined;
  return (
    parseStatus(cell) ?? new CellProblem(REGISTRY_BAD_STATUS, `状态“${cellText(cell)}”无法识别`, STATUS_HINT)
  );
});

/** Builds the decoders for one registry sheet. */
export function registryDecoders(config: Config, date1904: boolean): RegistryDecoders {
  return {
    name: requiredText(COLUMN.name, REGISTRY_MISSING_VALUE),
    platform: repeated(platformDecoder(COLUMN.platform, config.platforms, REGISTRY_MISSING_VALUE)),
    operator: requiredText(COLUMN.operator, REGISTRY_MISSING_VALUE),
    district: repeated(districtDecoder(config)),
    filingId: optionalText(COLUMN.filingId),
    filedOn: repeated(optionalDate(COLUMN.filedOn, REGISTRY_BAD_DATE, date1904)),
    status: repeated(statusDecoder),
    closedOn: repeated(optionalDate(COLUMN.closedOn, REGISTRY_BAD_DATE, date1904)),
    lastUpdate: repeated(optionalDate(COLUMN.lastUpdate, REGISTRY_BAD_DATE, date1904)),
  };
}

/** A decoded registry row: the account, and what the cross-row rules need besides. */
export interface DecodedAccount {
  account: RegistryAccount;
  /** 状态 as written (undefined when empty or unreadable). */
  statusWritten?: AccountStatus;
  /** True when 注销日期 was filled but unreadable. */
  closedOnFailed: boolean;
  /** True when 所属地区 failed: the account keeps the text as typed. */
  districtFailed: boolean;
  /** False when 平台类型 is not a known spelling (the account counts as 其他). */
  platformKnown: boolean;
}

/**
 * Decodes a registry row into an account. Null when the row cannot name an account (账号名称 or
 * 平台类型 missing). NOTE: a row with an error in another field still makes an account (the faulty
 * field left out, or as typed for 所属地区) so that its results link and the mistake is reported once;
 * the run then has errors and must not produce statistics.
 */
export function decodeRegistryRow(
  cells: RowCells<RegistryField>,
  decoders: RegistryDecoders,
  index: number,
): DecodedAccount | null {
  const name = cells.get('name', decoders.name);
  const platform = cells.get('platform', decoders.platform);
  const operator = cells.get('operator', decoders.operator);
  const district = cells.get('district', decoders.district);
  const filingId = cells.get('filingId', decoders.filingId);
  const filedOn = cells.get('filedOn', decoders.filedOn);
  const status = cells.get('status', decoders.status);
  const closedOn = cells.get('closedOn', decoders.closedOn);
  const lastUpdate = cells.get('lastUpdate', decoders.lastUpdate);
  if (name === undefined || platform === undefined) return null;
  const account: RegistryAccount = {
    index,
    name,
    key: nameKey(name),
    platformRaw: platform.raw,
    platform: platform.bucket,
    operator: operator ?? '',
    district: district ?? cellText(cells.cell('district')),
    status: status ?? '正常',
    at: cells.at,
  };
  if (filingId !== undefined) account.filingId = filingId;
  if (filedOn !== undefined) account.filedOn = filedOn;
  if (closedOn !== undefined) account.closedOn = closedOn;
  if (lastUpdate !== undefined) account.lastUpdate = lastUpdate;
  const decoded: DecodedAccount = {
    account,
    closedOnFailed: cells.failed('closedOn'),
    districtFailed: cells.failed('district'),
    platformKnown: platform.known,
  };
  if (status !== undefined) decoded.statusWritten = status;
  return decoded;
}
