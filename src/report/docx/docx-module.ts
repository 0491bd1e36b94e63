/**
 * The `docx` module's type, for builders that receive it from `writeDocx`'s dynamic import.
 * NOTE: only types here — a value import would load `docx` for `circular --help`.
 */
export type Docx = typeof import('docx');
