/**
 * The accepted spellings of the fixed-value columns (DATA.md §2, §3) and the parsers that turn a
 * cell into a value. Every spelling list lives here once; the column tables, the readers and the
 * messages' hints all read it.
 */
import type { CheckKind } from '../checks/check-record.js';
import type { AccountStatus } from '../registry/account.js';

/** Spellings of "yes" in a yes/no column (compared case- and width-insensitively). */
export const YES_SPELLINGS: readonly string[] = ['是', '√', '✓', '✔', 'Y', 'yes', '1', '有', 'true'];
/** Spellings of "no" in a yes/no column; an empty cell is "no" as well. */
export const NO_SPELLINGS: readonly string[] = ['否', '×', '✗', '✘', 'N', 'no', '0', '无', 'false'];

/** 状态 spellings per status; an empty cell is 正常. */
export const STATUS_ALIASES: Record<AccountStatus, readonly string[]> = {
  正常: ['正常', '运行', '在用', '正常运行', '运行中'],
  关停: ['关停', '已关停', '停更'],
  注销: ['注销', '已注销'],
};

/** 检查类型 spellings per kind. */
export const CHECK_KIND_ALIASES: Record<CheckKind, readonly string[]> = {
  单否专项检查: ['单否专项检查', '专项检查', '单否检查', '单项否决检查'],
  全面检查: ['全面检查', '全面', '综合检查'],
};

/** 检查结论 spellings; 是/否 serve under a 是否合格 header. */
export const CONCLUSION_ALIASES: Record<'合格' | '不合格', readonly string[]> = {
  合格: ['合格', '是', '√', '✓', '✔', 'Y', 'yes'],
  不合格: ['不合格', '否', '×', '✗', '✘', 'N', 'no'],
};

/** Other spellings of 市级 in the 所属地区 column. */
export const CITY_LEVEL_ALIASES: readonly string[] = ['市级', '市本级', '市直', '市级部门', '市级部门单位'];
