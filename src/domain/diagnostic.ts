/**
 * Diagnostics are data: every problem found in the input becomes one of these, collected and
 * printed once by the CLI. Messages and hints are Chinese; codes are stable English identifiers.
 */
import type { DiagnosticCode } from './diagnostic-codes.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Stable identifier, e.g. `REGISTRY_UNKNOWN_DISTRICT`: one of `DIAGNOSTIC_CODES`. */
  code: DiagnosticCode;
  severity: Severity;
  /** Path as given on the command line, or relative to the workspace. */
  file: string;
  sheet?: string;
  /** A1 address of the offending cell, or of the row's first cell when the whole row is at fault. */
  cell?: string;
  row?: number;
  column?: string;
  message: string;
  hint?: string;
}

/** Where a value came from; enough to build a diagnostic's location. */
export interface SourceLocation {
  file: string;
  sheet?: string;
  row?: number;
  /** Column letters, e.g. `E`. */
  column?: string;
}

/** Turns a 1-based column number into its letters (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Turns column letters into a 1-based column number (A → 1, AA → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Builds a diagnostic at a location; `cell` is derived from row and column. */
export function diagnosticAt(
  at: SourceLocation,
  code: DiagnosticCode,
  severity: Severity,
  message: string,
  hint?: string,
): Diagnostic {
  const d: Diagnostic = { code, severity, file: at.file, message };
  if (at.sheet !== undefined) d.sheet = at.sheet;
  if (at.row !== undefined) {
    d.row = at.row;
    const column = at.column ?? 'A';
    d.column = column;
    d.cell = `${column}${at.row}`;
  }
  if (hint !== undefined) d.hint = hint;
  return d;
}

function compareText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** Sorts by file, sheet, row, column; then removes exact repeats. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique: Diagnostic[] = [];
  for (const d of list) {
    const key = [d.code, d.file, d.sheet, d.cell, d.message].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(d);
  }
  return unique.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      compareText(a.sheet, b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      columnNumber(a.column ?? '') - columnNumber(b.column ?? '') ||
      compareText(a.code, b.code),
  );
}

/** Counts errors and warnings. */
export function summarize(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
