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

/**
 * Moves width from columns wider than they need to columns narrower than they need, so that short
 * texts stay on one line: the smallest shortfalls are met first, each only in full, and a column gives
 * only what it does not need (the widest surplus first). Widths still sum to the same total.
 */
export function fitWidths(widths: readonly number[], needs: readonly number[]): number[] {
  const out = [...widths];
  const need = (i: number) => needs[i] ?? 0;
  const surplus = (i: number) => Math.max(0, (out[i] ?? 0) - need(i));
  const short = out
    .map((w, i) => ({ i, gap: need(i) - w }))
    .filter((c) => c.gap > 0)
    .sort((a, b) => a.gap - b.gap || a.i - b.i);
  for (const { i, gap } of short) {
    const available = out.reduce((sum, _, j) => sum + surplus(j), 0);
    if (gap > available) break;
    let left = gap;
    const donors = out.map((_, j) => j).sort((a, b) => surplus(b) - surplus(a) || a - b);
    for (const j of donors) {
      const give = Math.min(left, surplus(j));
      out[j] = (out[j] ?? 0) - give;
      left -= give;
      if (left === 0) break;
    }
    out[i] = (out[i] ?? 0) + gap;
  }
  return out;
}
