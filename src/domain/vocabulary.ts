/**
 * The domain's fixed words, defined once below every stage: the readers parse them, the rules and the
 * statistics compare against them, the templates print them. They stay Chinese because they are the
 * values a sheet holds and a circular prints; the identifiers that name them are English.
 */

/** The level name for city-level accounts (市级部门单位); every other 所属地区 is a district. */
export const CITY_LEVEL = '市级';

/** 状态 (an account's status), folded onto three values. */
export type AccountStatus = '正常' | '关停' | '注销';

/** 检查类型: the two kinds of check a month may have. */
export type CheckKind = '单否专项检查' | '全面检查';
/** Every `CheckKind`, in the order the circular reports them. */
export const CHECK_KINDS: readonly CheckKind[] = ['单否专项检查', '全面检查'];
