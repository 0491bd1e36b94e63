/**
 * Column widths scaled to sum exactly to a total (largest-remainder rounding), so a fixed-layout table
 * spans the 版心 whatever widths the model brought.
 */

/** Scales positive widths to integers summing to `total`; equal shares when none is positive. */
export function scaleWidths(widths: readonly number[], total: number): number[] {
  if (widths.length === 0) return [];
  const safe = widths.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = safe.reduce((a, b) => a + b, 0);
  const shares = sum > 0 ? safe.map((w) => (w * total) / sum) : safe.map(() => total / widths.length);
  const floors = shares.map(Math.floor);
  let missing = total - floors.reduce((a, b) => a + b, 0);
  // NOTE: ties go to the earlier column, so the result depends only on the input.
  const order = shares.map((s, i) => ({ i, r: s - Math.floor(s) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing--;
  }
  return floors;
}
