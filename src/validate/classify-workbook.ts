import { CHECK_COLUMNS } from '../checks/columns.js';
import { headerKey } from '../domain/normalize.js';
import { REGISTRY_COLUMNS } from '../registry/columns.js';
import { acceptedHeaders } from '../table/column-spec.js';
import type { WorkbookSource } from '../workbook/types.js';

/** What a workbook holds, judged from its headers. */
export type WorkbookKind = 'registry' | 'checks' | 'unknown';

const REGISTRY_KEYS = new Set(REGISTRY_COLUMNS.flatMap((c) => acceptedHeaders(c).map(headerKey)));
/** Headers only a results sheet has (得分, 单项否决, 检查结论…). */
const RESULT_ONLY_KEYS = new Set(
  CHECK_COLUMNS.flatMap((c) => acceptedHeaders(c).map(headerKey)).filter((k) => !REGISTRY_KEYS.has(k)),
);
const REGISTRY_ONLY_KEYS = new Set(
  REGISTRY_COLUMNS.filter((c) =>
    ['operator', 'district', 'status', 'filedOn', 'closedOn', 'lastUpdate'].includes(c.field),
  ).flatMap((c) => acceptedHeaders(c).map(headerKey)),
);

/**
 * Decides whether a workbook (given to `validate` by name) is a registry or a results workbook, by
 * counting, in the first 10 rows of each sheet, headers that only one of the two has.
 */
export async function classifyWorkbook(workbook: WorkbookSource): Promise<WorkbookKind> {
  let results = 0;
  let registry = 0;
  for (const sheet of workbook.sheets) {
    let seen = 0;
    for await (const row of sheet.rows()) {
      for (const cell of row.cells) {
        if (typeof cell !== 'string') continue;
        const key = headerKey(cell);
        if (RESULT_ONLY_KEYS.has(key)) results++;
        else if (REGISTRY_ONLY_KEYS.has(key)) registry++;
      }
      if (++seen >= 10) break;
    }
  }
  if (results === 0 && registry === 0) return 'unknown';
  return results >= registry ? 'checks' : 'registry';
}
