/**
 * The date by which the units named report their rectification (docs/workspace.md §5, `rectification`):
 * `build --rectify-by` first, else the config's date for the period, else the circular's date plus the
 * config's days; null when none applies.
 */
import type { Config } from '../config/schema.js';
import type { Period } from '../domain/period.js';

/** `YYYY-MM-DD` plus `days` days. */
export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** What the deadline may come from besides the config. */
export interface DeadlineOptions {
  /** 成文日期, `YYYY-MM-DD`: the start of `{ days }`. */
  date?: string;
  /** `build --rectify-by`: wins over the config. */
  rectifyBy?: string;
}

/** The rectification deadline of a period, `YYYY-MM-DD`, or null. */
export function rectifyDeadline(
  config: Pick<Config, 'rectification'>,
  period: Period,
  options: DeadlineOptions = {},
): string | null {
  if (options.rectifyBy !== undefined) return options.rectifyBy;
  const rule = config.rectification;
  if (rule === undefined) return null;
  if (typeof rule.days === 'number')
    return options.date === undefined ? null : addDays(options.date, rule.days);
  for (const [key, value] of Object.entries(rule))
    if (key === period.id && typeof value === 'string') return value;
  return null;
}
