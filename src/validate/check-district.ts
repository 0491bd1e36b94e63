/**
 * District mode (`validate --district 宜兴市`): a district office checks its own sheets, and any row
 * that belongs to another district is an error — registry rows by their 所属地区, result rows by the
 * 所属地区 of the account they link to.
 */
import type { CheckRecord, CheckRow } from '../checks/check-record.js';
import type { Config } from '../config/schema.js';
import type { Diagnostic, SourceLocation } from '../domain/diagnostic.js';
import { diagnosticAt } from '../domain/diagnostic.js';
import type { RegistryAccount } from '../registry/account.js';
import { entryLabel } from '../registry/account.js';
import { districtLookup } from '../table/parse-values.js';

export const DISTRICT_MISMATCH = 'DISTRICT_MISMATCH';

/** The canonical spelling of a district given on the command line (`市本级` → `市级`), or null. */
export function resolveDistrict(text: string, config: Pick<Config, 'districts'>): string | null {
  return districtLookup(config.districts)(text);
}

function cellOf(at: SourceLocation, column: string | undefined): SourceLocation {
  return column === undefined ? at : { ...at, column };
}

/**
 * The district checks, by what is at hand. `registry`: registry rows of another 所属地区 (at that cell).
 * `record`: a linked result row whose account is of another district (at the 账号名称 cell).
 * `rows`: result rows without a registry — they name no district, so nothing can be checked and the
 * list is empty; the caller should say that the registry was not read.
 */
export const checkDistrict = {
  registry(accounts: readonly RegistryAccount[], district: string): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const account of accounts) {
      if (account.district === district) continue;
      out.push(mismatch(cellOf(account.at, account.columns?.district), account, district, '台账'));
    }
    return out;
  },

  record(
    record: CheckRecord,
    accounts: readonly RegistryAccount[],
    district: string,
  ): Diagnostic | undefined {
    const account = accounts[record.account];
    if (!account || account.district === district) return undefined;
    return mismatch(cellOf(record.at, record.columns?.name), account, district, '检查结果');
  },

  rows(_rows: readonly CheckRow[], _district: string): Diagnostic[] {
    return [];
  },
};

function mismatch(at: SourceLocation, account: RegistryAccount, district: string, what: string): Diagnostic {
  return diagnosticAt(
    at,
    DISTRICT_MISMATCH,
    'error',
    `${entryLabel(account)}属于${account.district}，不属于${district}`,
    `按 --district ${district} 校验时，${what}中只应有${district}的账号`,
  );
}
