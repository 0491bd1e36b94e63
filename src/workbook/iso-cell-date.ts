/**
 * The ISO 8601 text of a `t="d"` cell (written by Excel for strict files, by SheetJS, and by some
 * exporters) as a Date.
 */
import { serialToDate } from './serial-date.js';

const ISO_DATE =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/;
const ISO_TIME = /^\s*(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*$/;

function offsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return zone.startsWith('-') ? -minutes : minutes;
}

/**
 * The Date of a `t="d"` cell's ISO 8601 text; without a zone the wall-clock time is taken as UTC, like
 * every other date the reader returns. A time alone is a time on day 0, as a serial fraction would be.
 */
export function parseIsoCellDate(text: string, date1904: boolean): Date | undefined {
  const time = ISO_TIME.exec(text);
  if (time) {
    const seconds =
      Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0) + Number(time[4] ?? 0);
    return serialToDate(seconds / 86_400, date1904);
  }
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  const ms =
    Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour ?? 0),
      Number(minute ?? 0),
      Number(second ?? 0),
    ) +
    Math.round(Number(fraction ?? 0) * 1000) -
    offsetMinutes(zone) * 60_000;
  return new Date(ms);
}
