/**
 * The columns of an `updates/` workbook (docs/reminders.md): which account, and the date of its latest
 * post. 账号名称, 平台类型, 备案编号 and 最近更新日期 are the registry's own column specs, so the
 * headers, aliases and notes are the same as in the registry.
 */
import { FILING_ID_COLUMN, NAME_COLUMN, PLATFORM_COLUMN, REGISTRY_COLUMN } from '../registry/columns.js';
import type { ColumnSpec, ColumnTable } from '../table/column-spec.js';

/** The fields an updates column may fill. */
export type UpdateField = 'name' | 'platform' | 'filingId' | 'lastUpdate';

const ACCOUNT_IDENTITY = '账号名称和平台类型，或备案编号，至少填写一种';

/** Each updates column by field. */
export const UPDATE_COLUMN: Readonly<Record<UpdateField, ColumnSpec<UpdateField>>> = {
  name: { ...NAME_COLUMN, required: false, requiredWhen: ACCOUNT_IDENTITY },
  platform: { ...PLATFORM_COLUMN, required: false, requiredWhen: ACCOUNT_IDENTITY },
  filingId: {
    ...FILING_ID_COLUMN,
    requiredWhen: ACCOUNT_IDENTITY,
    note: '台账中的备案编号；填写后按编号匹配账号',
  },
  lastUpdate: { ...REGISTRY_COLUMN.lastUpdate, field: 'lastUpdate', required: true },
};

/** The updates sheets' column table, in the order the template lays the columns out. */
export const UPDATE_COLUMNS: ColumnTable<UpdateField> = [
  UPDATE_COLUMN.name,
  UPDATE_COLUMN.platform,
  UPDATE_COLUMN.filingId,
  UPDATE_COLUMN.lastUpdate,
];
