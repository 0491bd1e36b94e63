/**
 * The names a template may read under a value of its data that can be null: `stats.previous` is null
 * without a previous period, yet `{{#if stats.previous.pasRateChange}}` is a misspelling all the same.
 * `stats.websites` is null in a workspace without websites (docs/templates.md, 政府网站): every name
 * under it, to the last step, is known all the same, so a misspelt one is caught there too.
 * NOTE: each list is checked against its type by `satisfies`, so a field added to the statistics
 * must be added here too (the type check says so).
 */
import { SITE_TYPES } from '../domain/site-types.js';
import { isYearStats } from '../stats/compute-year-stats.js';
import type {
  AccountList,
  CoverageStats,
  FollowUpStats,
  PeriodStats,
  PreviousStats,
  ProblemStats,
  ProvincialStats,
  RecheckStats,
  WebsiteRegisteredStats,
  WebsiteStats,
  WebsiteYearStats,
  YearTrend,
} from '../stats/types.js';

type Fields<T> = Record<keyof T, true>;
type Shapes = Readonly<Record<string, readonly string[]>>;

const PREVIOUS = {
  period: true,
  asOf: true,
  registered: true,
  checked: true,
  unqualified: true,
  passRate: true,
  passRateText: true,
  passRateChange: true,
} satisfies Fields<PreviousStats>;
const PROVINCIAL = {
  checked: true,
  passed: true,
  passRate: true,
  passRateText: true,
} satisfies Fields<ProvincialStats>;
const RECHECK = { fixed: true, stillFailing: true, notRechecked: true } satisfies Fields<RecheckStats>;
const TREND = { from: true, to: true, passRateChange: true } satisfies Fields<YearTrend>;

/** Path (as a template writes it from the top) → the names it has when it is not null. */
export const NULLABLE_SHAPES: Shapes = {
  'stats.previous': Object.keys(PREVIOUS),
  'stats.yearOnYear': Object.keys(PREVIOUS),
  'stats.provincial': Object.keys(PROVINCIAL),
  'stats.followUp.recheck': Object.keys(RECHECK),
  'stats.trend': Object.keys(TREND),
};

const WEBSITE_PERIOD = {
  period: true,
  asOf: true,
  registered: true,
  checked: true,
  unqualified: true,
  qualified: true,
  passRate: true,
  passRateText: true,
  months: true,
  perfectScore: true,
  reposting: true,
  byDistrict: true,
  provincial: true,
  previous: true,
  coverage: true,
  byLevel: true,
  byType: true,
  problems: true,
  unregistered: true,
  followUp: true,
  yearOnYear: true,
  rectifyBy: true,
} satisfies Fields<WebsiteStats>;
const WEBSITE_YEAR = {
  ...WEBSITE_PERIOD,
  quarters: true,
  focus: true,
  districtRanking: true,
  trend: true,
} satisfies Fields<WebsiteYearStats>;
const REGISTERED = {
  total: true,
  byLevel: true,
  byType: true,
  byDistrict: true,
} satisfies Fields<WebsiteRegisteredStats>;
const LIST = { count: true, accounts: true } satisfies Fields<AccountList>;
const COVERAGE = { checked: true, rate: true, rateText: true, sampled: true } satisfies Fields<CoverageStats>;
const PROBLEMS = { veto: true, deductions: true } satisfies Fields<ProblemStats>;
const FOLLOW_UP = { repeated: true, recheck: true } satisfies Fields<FollowUpStats>;

const WEBSITES = 'stats.websites';

/**
 * The websites' shapes: `stats.websites` itself and the groups of data under it (what they hold while
 * `stats.websites` is null), and the accounts' nullable parts again under `stats.websites`.
 */
function websiteShapes(year: boolean): Shapes {
  const lists = ['unqualified', 'perfectScore', 'reposting', 'unregistered', ...(year ? ['focus'] : [])];
  const recheckLists = Object.keys(RECHECK).map((k) => [
    `${WEBSITES}.followUp.recheck.${k}`,
    Object.keys(LIST),
  ]);
  return {
    [WEBSITES]: Object.keys(year ? WEBSITE_YEAR : WEBSITE_PERIOD),
    [`${WEBSITES}.registered`]: Object.keys(REGISTERED),
    [`${WEBSITES}.registered.byLevel`]: ['city', 'district'],
    [`${WEBSITES}.registered.byType`]: [...SITE_TYPES],
    [`${WEBSITES}.coverage`]: Object.keys(COVERAGE),
    [`${WEBSITES}.problems`]: Object.keys(PROBLEMS),
    [`${WEBSITES}.followUp`]: Object.keys(FOLLOW_UP),
    ...Object.fromEntries(lists.map((k) => [`${WEBSITES}.${k}`, Object.keys(LIST)])),
    ...Object.fromEntries(recheckLists),
    ...Object.fromEntries(
      Object.entries(NULLABLE_SHAPES).map(([path, names]) => [
        path.replace(/^stats\./, `${WEBSITES}.`),
        names,
      ]),
    ),
  };
}

const PERIOD_SHAPES: Shapes = { ...NULLABLE_SHAPES, ...websiteShapes(false) };
const YEAR_SHAPES: Shapes = { ...NULLABLE_SHAPES, ...websiteShapes(true) };

/** The nullable shapes of a circular's data: a year's `stats.websites` has the year's fields too. */
export function nullableShapes(stats: PeriodStats): Shapes {
  return isYearStats(stats) ? YEAR_SHAPES : PERIOD_SHAPES;
}
