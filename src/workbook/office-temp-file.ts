/**
 * Files that office programs leave beside an open workbook.
 */

/**
 * True for a lock or owner file: `~$name.xlsx` (Microsoft Office, WPS) or `.~lock.name.xlsx#`
 * (LibreOffice). Accepts a bare name or a path with either slash.
 */
export function isOfficeTempFile(name: string): boolean {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  return base.startsWith('~$') || (base.startsWith('.~lock.') && base.endsWith('#'));
}
