/**
 * Excel serial numbers → dates, in both date systems.
 */

const DAY_MS = 86_400_000;
/** Serial 0 of the 1900 system up to the fictitious 1900-02-29: 1900-01-00, i.e. 1899-12-31. */
const EPOCH_1900_EARLY = Date.UTC(1899, 11, 31);
/** From serial 61 (1900-03-01) on, the fictitious leap day shifts the epoch back by one day. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The largest serial Excel displays as a date (9999-12-31) in the 1900 system. */
export const MAX_DATE_SERIAL = 2_958_465;

/**
 * The UTC date an Excel serial number stands for (the fraction is the time of day, rounded to the
 * millisecond).
 * - 1900 system (the default): serial 1 is 1900-01-01. Excel counts a 1900-02-29 that never existed as
 *   serial 60, so serials from 61 on are one day later than a plain count; serial 60 itself becomes
 *   1900-03-01, the day JavaScript's `Date` makes of February 29th, 1900.
 * - 1904 system (`date1904`): serial 0 is 1904-01-01, no leap-year quirk.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? EPOCH_1904 : serial < 61 ? EPOCH_1900_EARLY : EPOCH_1900;
  return new Date(epoch + Math.round(serial * DAY_MS));
}
