import type { ChalkInstance } from 'chalk';
import { type Diagnostic, summarize } from '../domain/diagnostic.js';
import { printable } from './printable.js';

/** The JSON document of `validate --format json` (docs/workspace.md §7). */
export function diagnosticsJson(list: readonly Diagnostic[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ diagnostics: list, summary: summarize(list), ...extra }, null, 2);
}

/** The summary line: `共 2 个错误、1 个警告`. */
export function summaryLine(list: readonly Diagnostic[], c: ChalkInstance): string {
  const { errors, warnings } = summarize(list);
  if (errors === 0 && warnings === 0) return c.green('未发现问题');
  const parts = [];
  if (errors > 0) parts.push(c.red(`${errors} 个错误`));
  if (warnings > 0) parts.push(c.yellow(`${warnings} 个警告`));
  return `共 ${parts.join('、')}`;
}

/**
 * Diagnostics as text for a person, grouped by file and sheet:
 *
 *   registry.xlsx › 台账
 *     E14  错误  所属地区“西湖区”不在配置的地区列表中
 *            提示：可填写：市级、江阴市、宜兴市…  [REGISTRY_UNKNOWN_DISTRICT]
 */
/** How many diagnostics of one kind, in one sheet, the text output shows before counting the rest. */
export const MAX_SAME_KIND = 20;

/** The diagnostic's texts, which may carry cell text and file or sheet names, made safe to print. */
function printableDiagnostic(d: Diagnostic): Diagnostic {
  const safe: Diagnostic = { ...d, file: printable(d.file), message: printable(d.message) };
  if (d.sheet !== undefined) safe.sheet = printable(d.sheet);
  if (d.cell !== undefined) safe.cell = printable(d.cell);
  if (d.hint !== undefined) safe.hint = printable(d.hint);
  return safe;
}

export function formatDiagnostics(
  list: readonly Diagnostic[],
  c: ChalkInstance,
  onlyErrors = false,
  perKind = MAX_SAME_KIND,
): string[] {
  const lines: string[] = [];
  let group = '';
  // NOTE: one mistake repeated down a column (a renamed account, a wrong month) is shown a few times,
  // then counted; `--format json` always lists every diagnostic.
  const shown = new Map<string, number>();
  const hidden = new Map<string, { file: string; sheet?: string; code: string; count: number }>();
  for (const raw of list) {
    if (onlyErrors && raw.severity !== 'error') continue;
    const d = printableDiagnostic(raw);
    const kind = `${d.file}\u0000${d.sheet ?? ''}\u0000${d.code}`;
    const n = (shown.get(kind) ?? 0) + 1;
    shown.set(kind, n);
    if (n > perKind) {
      const h = hidden.get(kind) ?? {
        file: d.file,
        code: d.code,
        count: 0,
        ...(d.sheet ? { sheet: d.sheet } : {}),
      };
      h.count++;
      hidden.set(kind, h);
      continue;
    }
    const key = `${d.file}\u0000${d.sheet ?? ''}`;
    if (key !== group) {
      group = key;
      lines.push(c.bold(d.sheet ? `${d.file} › ${d.sheet}` : d.file));
    }
    const level = d.severity === 'error' ? c.red('错误') : c.yellow('警告');
    const cell = (d.cell ?? '').padEnd(6);
    lines.push(`  ${c.cyan(cell)}${level}  ${d.message}`);
    const tail = c.dim(`[${d.code}]`);
    lines.push(`          ${d.hint ? `${c.dim('提示：')}${d.hint}  ` : ''}${tail}`);
  }
  for (const h of hidden.values()) {
    const where = h.sheet ? `${h.file} › ${h.sheet}` : h.file;
    lines.push(c.dim(`……${where} 另有 ${h.count} 处同类问题 [${h.code}]（用 --format json 可列出全部）`));
  }
  return lines;
}
