/**
 * The description of one column of an input sheet: its canonical header, the other headers a user
 * may write, whether it must be present, a short note for the templates' header cells, and the fixed
 * list of accepted values where there is one. The registry and the results sheets each have a table
 * of these; header detection, the readers and the `init` templates all read the same tables.
 */
export interface ColumnSpec<Field extends string = string> {
  /** The record field the column fills (English identifier). */
  field: Field;
  /** The canonical header, as the templates write it. */
  header: string;
  /** Every other header accepted for the column (compared with `headerKey`). */
  aliases: readonly string[];
  /** True when a sheet without this column is rejected. */
  required: boolean;
  /** When the requirement is conditional, the condition in words (e.g. 全面检查必填). */
  requiredWhen?: string;
  /** A short Chinese note on what to write, for the template's header cell. */
  note: string;
  /** The accepted values when the column has a fixed list (canonical spellings first). */
  values?: readonly string[];
}

/** A sheet's column table. */
export type ColumnTable<Field extends string = string> = readonly ColumnSpec<Field>[];

/** Every header accepted for a column: the canonical header first, then the aliases. */
export function acceptedHeaders(spec: ColumnSpec): string[] {
  return [spec.header, ...spec.aliases];
}
