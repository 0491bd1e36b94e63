/**
 * Line breaks for a 公文 title (and an attachment's title). GB/T 9704 wants a long title set in lines
 * that keep words whole and form a trapezoid or a diamond — never a short first line. Word would
 * simply fill the first line, so the writer breaks the title itself and puts the breaks in one paragraph.
 *
 * Candidate breaks are scored; the lowest total wins:
 * - balance: the longest line minus the shortest, in half-em units;
 * - shape: a first line shorter than the last costs 100, a narrow middle line (hourglass) 40, a
 *   diamond's longer second line a little;
 * - the break itself: never inside a run of ASCII letters or digits or against 避头尾 punctuation;
 *   inside a word (by `Intl.Segmenter`, plus a few domain terms it splits) 30, between a number and its unit (2022|年) 40, next to a
 *   one-character word 10; after 关于 −12, before 的通报/的通知… −8, after 、 or at a space −6,
 *   before 和/与/及/暨 −4, after 的 −3.
 */

import { charWidth, FONT_SIZE, TEXT_WIDTH } from './layout.js';
import {
  AUTOSPACE_UNITS,
  isAutospaced,
  isHalfWidth,
  LINE_END_FORBIDDEN,
  LINE_START_FORBIDDEN,
  textUnits,
} from './measure.js';

/** Half-em units in one title line at 二号: 8845 / 220 = 40, i.e. 20 CJK characters. */
export const TITLE_LINE_UNITS = Math.floor(TEXT_WIDTH / (charWidth(FONT_SIZE.title) / 2));

const FORBIDDEN = Number.POSITIVE_INFINITY;
/** Titles longer than this many lines are wrapped greedily (no real title is). */
const MAX_SCORED_LINES = 5;

const NUMBER_UNITS = new Set([...'年月日号期季届次个家名项件条批%']);
const FUNCTION_WORDS = new Set([...'的与和及暨并、或']);
const CONJUNCTIONS = new Set([...'和与及暨']);
/** Terms ICU splits (政务|新|媒体, 人民政府|办公|室) that a title must keep whole. */
const PROTECTED_WORDS = [
  '政务新媒体',
  '人民政府办公室',
  '人民政府',
  '办公室',
  '办公厅',
  '政府网站',
  '微信公众号',
  '客户端',
];
const DOCUMENT_KINDS = /^的(通报|通知|意见|报告|决定|批复|函|请示|公告|通告|方案|办法|规定|决议)$/;

/**
 * Splits a title into lines (no line longer than `maxUnits` half-em units, if it can be helped).
 * A title that already has line breaks keeps them: the drafter has decided.
 */
export function breakTitle(title: string, maxUnits: number = TITLE_LINE_UNITS): string[] {
  if (/\r?\n/.test(title.trim())) {
    return title
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  const chars = Array.from(title.trim());
  const widths = prefixWidths(chars);
  if (span(widths, 0, chars.length) <= maxUnits) return [chars.join('')];

  const penalties = breakPenalties(chars);
  const minLines = Math.ceil(span(widths, 0, chars.length) / maxUnits);
  for (let lines = minLines; lines <= Math.min(minLines + 1, MAX_SCORED_LINES); lines++) {
    const best = bestSplit(widths, penalties, lines, maxUnits);
    if (best) return cut(chars, best);
  }
  return cut(chars, greedySplit(widths, maxUnits));
}

/** Widths as prefix sums, so a line's width is `widths[end] - widths[start]` (autospacing included). */
function prefixWidths(chars: readonly string[]): number[] {
  const sums = [0];
  let total = 0;
  chars.forEach((char, i) => {
    total += textUnits(char);
    const prev = chars[i - 1];
    if (prev !== undefined && isAutospaced(prev, char)) total += AUTOSPACE_UNITS;
    sums.push(total);
  });
  return sums;
}

function span(widths: readonly number[], start: number, end: number): number {
  return (widths[end] ?? 0) - (widths[start] ?? 0);
}

function isAlnum(char: string): boolean {
  return /^[A-Za-z0-9]$/.test(char);
}

/** The cost of breaking before `chars[i]`, for every i (index 0 unused). */
function breakPenalties(chars: readonly string[]): number[] {
  const boundaries = wordBoundaries(chars);
  return chars.map((char, i) => {
    const prev = chars[i - 1];
    if (i === 0 || prev === undefined) return FORBIDDEN;
    if (isAlnum(prev) && isAlnum(char)) return FORBIDDEN;
    if (LINE_START_FORBIDDEN.has(char) || LINE_END_FORBIDDEN.has(prev)) return FORBIDDEN;
    let cost = 0;
    if (/[0-9]/.test(prev) && NUMBER_UNITS.has(char)) cost += 40;
    const boundary = boundaries.get(i);
    if (boundary === undefined) cost += 30;
    else if (boundary.singleNeighbour) cost += 10;
    cost += breakBonus(chars, i);
    return cost;
  });
}

/** Preferred break points (negative costs). */
function breakBonus(chars: readonly string[], i: number): number {
  const prev = chars[i - 1] ?? '';
  const before = chars.slice(Math.max(0, i - 2), i).join('');
  const rest = chars.slice(i).join('');
  if (before === '关于') return -12;
  if (DOCUMENT_KINDS.test(rest)) return -8;
  if (prev === '、' || prev === ' ' || chars[i] === ' ') return -6;
  if (CONJUNCTIONS.has(chars[i] ?? '')) return -4;
  if (prev === '的') return -3;
  return 0;
}

interface Boundary {
  /** A one-character content word on either side (办公|室, 新|媒体): ICU often splits compounds there. */
  singleNeighbour: boolean;
}

/** Word boundaries by code-point index, from ICU's dictionary segmentation of Chinese. */
function wordBoundaries(chars: readonly string[]): Map<number, Boundary> {
  const segments: string[] = [];
  if (typeof Intl.Segmenter === 'function') {
    for (const { segment } of new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(chars.join(''))) {
      segments.push(segment);
    }
  } else {
    // A Node without ICU word data: every gap is a boundary, and only the rules below guide the break.
    segments.push(...chars);
  }
  const boundaries = new Map<number, Boundary>();
  let index = 0;
  segments.forEach((segment, s) => {
    index += Array.from(segment).length;
    const next = segments[s + 1];
    if (next === undefined) return;
    boundaries.set(index, { singleNeighbour: isLoneContentChar(segment) || isLoneContentChar(next) });
  });
  const text = chars.join('');
  for (const word of PROTECTED_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const start = Array.from(text.slice(0, at)).length;
      for (let i = start + 1; i < start + Array.from(word).length; i++) boundaries.delete(i);
    }
  }
  return boundaries;
}

function isLoneContentChar(segment: string): boolean {
  const chars = Array.from(segment);
  return chars.length === 1 && !FUNCTION_WORDS.has(segment) && !isHalfWidth(segment.codePointAt(0) ?? 0);
}

/** The lowest-cost set of `lines - 1` break indices, or undefined when no line fits. */
function bestSplit(
  widths: readonly number[],
  penalties: readonly number[],
  lines: number,
  maxUnits: number,
): number[] | undefined {
  const end = widths.length - 1;
  let best: { score: number; breaks: number[] } | undefined;
  const visit = (start: number, breaks: number[], breakCost: number): void => {
    const linesLeft = lines - breaks.length;
    if (linesLeft === 1) {
      if (span(widths, start, end) > maxUnits) return;
      const all = [...breaks];
      const score = breakCost + shapeCost(lineWidths(widths, all));
      if (Number.isFinite(score) && (!best || score < best.score)) best = { score, breaks: all };
      return;
    }
    for (let at = start + 1; at < end && span(widths, start, at) <= maxUnits; at++) {
      const cost = penalties[at] ?? FORBIDDEN;
      if (cost === FORBIDDEN || span(widths, at, end) > (linesLeft - 1) * maxUnits) continue;
      visit(at, [...breaks, at], breakCost + cost);
    }
  };
  visit(0, [], 0);
  return best?.breaks;
}

function lineWidths(widths: readonly number[], breaks: readonly number[]): number[] {
  const edges = [0, ...breaks, widths.length - 1];
  return edges.slice(1).map((edge, i) => span(widths, edges[i] ?? 0, edge));
}

/** Balance plus shape: trapezoid (non-increasing) is ideal, a diamond acceptable, a short first line not. */
export function shapeCost(lineUnits: readonly number[]): number {
  const first = lineUnits[0] ?? 0;
  const last = lineUnits[lineUnits.length - 1] ?? 0;
  let cost = Math.max(...lineUnits) - Math.min(...lineUnits);
  if (first < last) cost += 100;
  for (let i = 1; i < lineUnits.length - 1; i++) {
    const w = lineUnits[i] ?? 0;
    if (w < (lineUnits[i - 1] ?? 0) && w < (lineUnits[i + 1] ?? 0)) cost += 40;
  }
  const second = lineUnits[1] ?? 0;
  if (lineUnits.length >= 3 && second > first) cost += (second - first) / 2;
  return cost;
}

/** Fills each line as far as it goes: the fallback for absurdly long titles. */
function greedySplit(widths: readonly number[], maxUnits: number): number[] {
  const breaks: number[] = [];
  let start = 0;
  for (let at = 1; at < widths.length - 1; at++) {
    if (span(widths, start, at + 1) > maxUnits) {
      breaks.push(at);
      start = at;
    }
  }
  return breaks;
}

function cut(chars: readonly string[], breaks: readonly number[]): string[] {
  const edges = [0, ...breaks, chars.length];
  return edges
    .slice(1)
    .map((edge, i) =>
      chars
        .slice(edges[i] ?? 0, edge)
        .join('')
        .trim(),
    )
    .filter((line) => line.length > 0);
}
