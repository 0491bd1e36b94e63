/**
 * Edit distance and "did you mean" suggestions. Used only on the error path (a header, district,
 * platform or account name that did not match), so it favours clarity over speed, but stays bounded:
 * a distance computation gives up once it exceeds its limit.
 */

/**
 * Levenshtein distance between two strings, counted in code points. With `max`, returns `max + 1` as
 * soon as the distance is known to exceed it.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[t.length]!;
}

/** The largest distance at which a candidate still counts as a likely typo of `value`. */
export function typoLimit(value: string): number {
  return Math.max(1, Math.ceil(Array.from(value).length / 2));
}

/** Options of `closestMatches`. */
export interface ClosestOptions {
  /** The comparison key of the value and of each candidate; identity by default. */
  key?: (text: string) => string;
  /** How many suggestions at most; 3 by default. */
  limit?: number;
  /** The largest distance suggested; `typoLimit` of the value's key by default. */
  maxDistance?: number;
  /** The distance of two keys, giving up past `max`; `editDistance` by default (a test may count its calls). */
  distance?: (a: string, b: string, max: number) => number;
}

/**
 * The candidates nearest to `value`, nearest first (ties keep the candidates' order), at most
 * `limit`, none farther than `maxDistance`. Repeated candidates count once.
 */
export function closestMatches<T extends string>(
  value: string,
  candidates: Iterable<T>,
  options: ClosestOptions = {},
): T[] {
  const key = options.key ?? ((text: string) => text);
  const distanceOf = options.distance ?? editDistance;
  const target = key(value);
  const limit = Math.max(1, options.limit ?? 3);
  let maxDistance = options.maxDistance ?? typoLimit(target);
  const seen = new Set<T>();
  let found: { item: T; distance: number; order: number }[] = [];
  const byDistance = (x: { distance: number; order: number }, y: { distance: number; order: number }) =>
    x.distance - y.distance || x.order - y.order;
  for (const item of candidates) {
    if (seen.has(item)) continue;
    seen.add(item);
    const distance = distanceOf(target, key(item), maxDistance);
    if (distance > maxDistance) continue;
    found.push({ item, distance, order: seen.size });
    if (found.length > limit * 4) {
      // NOTE: keeps the search bounded: once `limit` candidates are known, farther ones are skipped early.
      found = found.sort(byDistance).slice(0, limit);
      maxDistance = found[limit - 1]!.distance;
    }
  }
  return found
    .sort(byDistance)
    .slice(0, limit)
    .map((f) => f.item);
}

/** The single nearest candidate, or undefined when none is close enough. */
export function closestMatch<T extends string>(
  value: string,
  candidates: Iterable<T>,
  options: Omit<ClosestOptions, 'limit'> = {},
): T | undefined {
  return closestMatches(value, candidates, { ...options, limit: 1 })[0];
}
