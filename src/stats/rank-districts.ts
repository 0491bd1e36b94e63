import { CITY_LEVEL } from '../domain/vocabulary.js';

/** What the ranking needs of a per-district row (a `DistrictStats` has it). */
export interface DistrictRate {
  district: string;
  checked: number;
  passRate: number | null;
  passRateText: string;
}

/** One place of the ranking: the districts that share a printed rate. */
export interface DistrictRankGroup {
  /** The districts at this place, in the config's order; `['市级']` for the city-level group. */
  districts: string[];
  passRate: number | null;
  passRateText: string;
  /** True for the 市级 group, which is never ranked among the districts and always comes last. */
  cityLevel: boolean;
}

/**
 * The one ranking rule of the circulars: districts with checks, pass rate high to low; districts whose
 * printed rates are equal share a place; 市级 (市级部门) comes last, whatever its rate. A district
 * without checks has no rate and is left out.
 * NOTE: places are decided on the unrounded rates and grouped on the printed ones, so two districts
 * share a place exactly when the circular prints the same rate for both.
 */
export function rankDistricts<T extends DistrictRate>(
  rows: readonly T[],
  cityLevel = CITY_LEVEL,
): DistrictRankGroup[] {
  const withRate = rows.filter((r) => r.checked > 0 && r.passRate !== null);
  const ranked = withRate
    .filter((r) => r.district !== cityLevel)
    .sort((a, b) => (b.passRate ?? 0) - (a.passRate ?? 0));
  const groups: DistrictRankGroup[] = [];
  for (const r of ranked) {
    const last = groups.at(-1);
    if (last && last.passRateText === r.passRateText) last.districts.push(r.district);
    else
      groups.push({
        districts: [r.district],
        passRate: r.passRate,
        passRateText: r.passRateText,
        cityLevel: false,
      });
  }
  // Districts at one place are listed in the config's order, not by their unrounded rates.
  const order = new Map(rows.map((r, i) => [r.district, i]));
  for (const g of groups) g.districts.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const city = withRate.find((r) => r.district === cityLevel);
  if (city)
    groups.push({
      districts: [city.district],
      passRate: city.passRate,
      passRateText: city.passRateText,
      cityLevel: true,
    });
  return groups;
}
