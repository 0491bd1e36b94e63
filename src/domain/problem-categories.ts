/**
 * Problem categories (docs/workspace.md §3a): the values of 否决情形 and 扣分情形. A cell may name
 * several, separated by 、 ， , ； ; or a line break; each is folded onto the config's category whose
 * name or alias it is (compared by `nameKey`), or kept as its own category, spelled as typed after
 * normalising. The one home of the default lists, the separators and the folding.
 */
import { closestMatch } from './closest.js';
import { nameKey, normalizeText } from './normalize.js';

/** A known category and its accepted spellings. */
export interface ProblemCategory {
  name: string;
  aliases: readonly string[];
}

/** The national single-veto items (国办秘函〔2019〕19号) with the spellings offices use. */
export const DEFAULT_VETO_CATEGORIES: readonly ProblemCategory[] = [
  {
    name: '安全问题',
    aliases: ['存在安全问题', '安全隐患', '严重表述错误', '泄露国家秘密', '账号被盗用', '账号被冒用'],
  },
  {
    name: '内容不更新',
    aliases: ['长期不更新', '两周未更新', '2周未更新', '两周内无更新', '内容未更新', '不更新', '停更'],
  },
  {
    name: '互动回应差',
    aliases: ['未提供有效互动功能', '互动功能不可用', '互动回应不到位', '留言长期未回复', '留言未回复'],
  },
];

/** The deductions national and provincial circulars most often list. */
export const DEFAULT_DEDUCTION_CATEGORIES: readonly ProblemCategory[] = [
  { name: '内容更新不及时', aliases: ['更新不及时', '信息更新不及时', '更新频率低', '更新不到位'] },
  { name: '错别字', aliases: ['错敏字', '错敏词', '存在错别字', '错字', '敏感词错误'] },
  {
    name: '功能无法使用',
    aliases: ['链接失效', '功能无法使用/链接失效', '功能不可用', '功能异常', '菜单无法使用', '外链无法打开'],
  },
  { name: '互动回应不及时', aliases: ['留言回复不及时', '回应不及时', '互动不及时', '留言办理不及时'] },
  { name: '未转载权威信息', aliases: ['权威信息转载不及时', '重要信息转载不及时', '转载不及时', '未转载'] },
];

/** Where a cell's categories are split. NOTE: applied after NFKC, which folds ，；to , ; */
const SEPARATORS = /[、,;\r\n]+/;
/** A detail after the category: `内容不更新：连续3周` or `内容不更新（3周）`. */
const DETAIL = /[:(]/;

/** One category a cell names. */
export interface CategoryValue {
  /** The config's name, or the text as typed after normalising. */
  name: string;
  /** True when it is one of the config's categories. */
  known: boolean;
  /** For an unknown one close to a known spelling: that category's name (a likely typo). */
  near?: string;
}

/** The pieces of a cell: normalised, split at the separators, empty pieces left out. */
export function splitCategories(text: string): string[] {
  return normalizeText(text)
    .split(SEPARATORS)
    .map(normalizeText)
    .filter((piece) => piece !== '');
}

/**
 * The resolver of one category list: text of a cell → its categories in the order named, each once.
 * NOTE: an unknown piece with a detail (`内容不更新：连续3周`) counts as the known category before it.
 */
export function categoryResolver(categories: readonly ProblemCategory[]): (text: string) => CategoryValue[] {
  const byKey = new Map<string, string>();
  for (const c of categories) for (const s of [c.name, ...c.aliases]) byKey.set(nameKey(s), c.name);
  const spellings = [...byKey.keys()];
  const one = (piece: string): CategoryValue => {
    const known = byKey.get(nameKey(piece)) ?? byKey.get(nameKey(piece.split(DETAIL)[0] ?? ''));
    if (known !== undefined) return { name: known, known: true };
    const near = closestMatch(nameKey(piece), spellings);
    return near === undefined
      ? { name: piece, known: false }
      : { name: piece, known: false, near: byKey.get(near)! };
  };
  return (text) => {
    const seen = new Set<string>();
    const values: CategoryValue[] = [];
    for (const piece of splitCategories(text)) {
      const value = one(piece);
      if (seen.has(value.name)) continue;
      seen.add(value.name);
      values.push(value);
    }
    return values;
  };
}

/** The order of a category list's names: the config's first, in its order. */
export function categoryOrder(categories: readonly ProblemCategory[]): Map<string, number> {
  return new Map(categories.map((c, i) => [c.name, i]));
}
