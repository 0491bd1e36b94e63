/**
 * Decoders shared by the registry and the results readers: text, platform and dates. Each is built
 * for one column (its header names the column in messages) and one reader (its codes).
 */

import { closestMatch } from '../domain/closest.js';
import type { DiagnosticCode } from '../domain/diagnostic-codes.js';
import { nameKey } from '../domain/normalize.js';
import type { PlatformBucket, PlatformMatch } from '../domain/platform-buckets.js';
import { PLATFORM_ALIASES, PLATFORM_BUCKETS, platformLookup } from '../domain/platform-buckets.js';
import type { CellDecoder } from './cell-decoder.js';
import { CellProblem, cellDecoder } from './cell-decoder.js';
import type { ColumnSpec } from './column-spec.js';
import { cellText, DATE_FORMS, isEmptyValue, memoizeText, parseDate, parseYesNo } from './parse-values.js';

/** A text column that must be filled: a placeholder such as `/` counts as empty. */
export function requiredText(spec: ColumnSpec, code: DiagnosticCode): CellDecoder<string> {
  return cellDecoder(spec.header, (cell) =>
    isEmptyValue(cell)
      ? new CellProblem(code, `${spec.header}为空`, `请填写${spec.header}：${spec.note}`)
      : cellText(cell),
  );
}

/** An optional text column: empty (or a placeholder) reads as undefined. */
export function optionalText(spec: ColumnSpec): CellDecoder<string | undefined> {
  return cellDecoder(spec.header, (cell) => (isEmptyValue(cell) ? undefined : cellText(cell)));
}

/**
 * An optional free-text column where 无 / 否 (and other "no" spellings) mean nothing to report, such
 * as 否决情形 and 问题描述.
 */
export function optionalNote(spec: ColumnSpec): CellDecoder<string | undefined> {
  return cellDecoder(spec.header, (cell) => (parseYesNo(cell) === false ? undefined : cellText(cell)));
}

/** An optional date column, `YYYY-MM-DD`. */
export function optionalDate(
  spec: ColumnSpec,
  code: DiagnosticCode,
  date1904: boolean,
): CellDecoder<string | undefined> {
  return cellDecoder(spec.header, (cell) => {
    if (isEmptyValue(cell)) return undefined;
    const date = parseDate(cell, date1904);
    return (
      date ??
      new CellProblem(code, `${spec.header}“${cellText(cell)}”不是有效日期`, `日期可写作：${DATE_FORMS}`)
    );
  });
}

/** A platform as typed and the bucket it falls into. */
export interface PlatformValue extends PlatformMatch {
  raw: string;
}

/** Every known platform spelling, the config's own included. */
export function platformSpellings(extra: Partial<Record<PlatformBucket, readonly string[]>>): string[] {
  return PLATFORM_BUCKETS.flatMap((bucket) => [...PLATFORM_ALIASES[bucket], ...(extra[bucket] ?? [])]);
}

/**
 * A platform column; `missingCode` set makes it required. An unknown spelling is accepted as 其他
 * (`known: false`); the reader warns about it.
 */
export function platformDecoder(
  spec: ColumnSpec,
  extra: Partial<Record<PlatformBucket, readonly string[]>>,
  missingCode?: DiagnosticCode,
): CellDecoder<PlatformValue | undefined> {
  const classify = memoizeText(platformLookup(extra));
  return cellDecoder(spec.header, (cell) => {
    if (isEmptyValue(cell)) {
      return missingCode === undefined
        ? undefined
        : new CellProblem(missingCode, `${spec.header}为空`, `请填写${spec.header}：${spec.note}`);
    }
    const raw = cellText(cell);
    return { raw, ...classify(raw) };
  });
}

/** The hint for an unknown platform: the nearest known spelling, if any, and what it counts as. */
export function unknownPlatformHint(
  raw: string,
  extra: Partial<Record<PlatformBucket, readonly string[]>>,
): string {
  // NOTE: a registry repeats the same unknown spelling hundreds of times, and each nearest-match search
  // runs edit distances against every known spelling: one search per spelling and config.
  let hints = HINTS.get(extra);
  if (!hints) {
    hints = new Map();
    HINTS.set(extra, hints);
  }
  let hint = hints.get(raw);
  if (hint === undefined) {
    const nearest = closestMatch(raw, platformSpellings(extra), { key: nameKey });
    const guess = nearest === undefined ? '' : `是否应为“${nearest}”？`;
    hint = `${guess}微信公众号、微博、移动客户端以外的平台都计入“其他”；可在配置 platforms 中登记这一写法`;
    hints.set(raw, hint);
  }
  return hint;
}

const HINTS = new WeakMap<object, Map<string, string>>();
