/**
 * The one rate formatter: `decimals` decimals (`95.0%`, `99.3%`); exactly 100 % prints `100%`;
 * a rate below 100 % never prints as `100%` (it is rounded down to the largest value below).
 */
export function formatRate(fraction: number | null, decimals: number): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—';
  if (fraction >= 1) return '100%';
  const text = roundedPercent(fraction, decimals);
  return `${text.toFixed(decimals)}%`;
}

/**
 * The percentage as the circular prints it, as a number: 0.99326 → 99.3. Below 100 % it never reaches 100.
 * NOTE: rounding works on the decimal string to avoid binary artefacts (99.25 → 99.3, not 99.2).
 */
export function roundedPercent(fraction: number, decimals: number): number {
  if (fraction >= 1) return 100;
  const scale = 10 ** decimals;
  const percent = fraction * 100;
  let rounded = Math.round(Number(`${percent.toPrecision(15)}e${decimals}`)) / scale;
  if (rounded >= 100) rounded = (100 * scale - 1) / scale;
  return rounded;
}

/** Change in percentage points between two rates as printed: `+0.4`, computed from the rounded values. */
export function rateChange(current: number | null, previous: number | null, decimals: number): number | null {
  if (current === null || previous === null) return null;
  const scale = 10 ** decimals;
  return Math.round((roundedPercent(current, decimals) - roundedPercent(previous, decimals)) * scale) / scale;
}
