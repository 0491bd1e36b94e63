/**
 * The first result of each check (account, month, kind), kept compact: enough to tell an identical
 * repeat (folded) from a different one (CHECK_DUPLICATE, which names the first row's place). Per month
 * and kind, typed arrays by account index hold the result's score, its yes/no facts, an id of its
 * normalised texts and the first row's place; nothing of a row object is kept.
 */

import type { SourceLocation } from '../domain/diagnostic.js';
import { nameKey } from '../domain/normalize.js';
import type { CheckRecord } from './check-record.js';

/** `facts` bits. */
const PRESENT = 1;
const VETO = 2;
const REPOSTING = 4;
const PASSED = 8;
const NOT_PASSED = 16;

/** The first results of one check kind in one month, by account index. */
class FirstResults {
  /** The score; NaN when the row had none. */
  readonly score: Float64Array;
  /** PRESENT, VETO, REPOSTING and the 检查结论 (PASSED, NOT_PASSED or neither). */
  readonly facts: Uint8Array;
  /** Id of the normalised 否决情形 and 问题描述 (0: neither). */
  readonly texts: Int32Array;
  /** Index of the first row's file and sheet in `FirstChecks.places`. */
  readonly place: Int32Array;
  /** The first row's number; -1 when it had none. */
  readonly row: Int32Array;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.facts = new Uint8Array(size);
    this.texts = new Int32Array(size);
    this.place = new Int32Array(size);
    this.row = new Int32Array(size);
  }
}

/** A repeat of a check: where its first row was, and whether the two results agree. */
export interface Repeat {
  first: SourceLocation;
  same: boolean;
}

function factsOf(record: CheckRecord): number {
  let facts = PRESENT;
  if (record.veto) facts |= VETO;
  if (record.reposting) facts |= REPOSTING;
  if (record.conclusion === '合格') facts |= PASSED;
  else if (record.conclusion === '不合格') facts |= NOT_PASSED;
  return facts;
}

/**
 * The first result of every check seen so far. What must agree between two rows of a check: the score,
 * 单项否决, 否决情形 and 问题描述 (compared by `nameKey`), 检查结论 and 转载权威信息.
 */
export class FirstChecks {
  /** Month → [单否专项检查, 全面检查]. */
  private readonly byMonth = new Map<string, [FirstResults | undefined, FirstResults | undefined]>();
  /** Normalised text pairs → id; 0 is the pair of two empty texts. */
  private readonly textIds = new Map<string, number>([['\u0000', 0]]);
  /** File and sheet of the rows, by the index `FirstResults.place` holds. */
  private readonly places: SourceLocation[] = [];
  /** The last place looked up: rows come sheet by sheet. */
  private lastPlace: SourceLocation | undefined;
  private lastPlaceIndex = -1;

  constructor(private readonly size: number) {}

  /**
   * Keeps the record's result when it is the first of its check and returns undefined; otherwise keeps
   * nothing and returns the first row's place and whether the results agree.
   */
  claim(record: CheckRecord): Repeat | undefined {
    const results = this.resultsOf(record);
    const i = record.account;
    const facts = factsOf(record);
    const score = record.score ?? Number.NaN;
    const texts = this.textId(record);
    if (results.facts[i] === 0) {
      results.score[i] = score;
      results.facts[i] = facts;
      results.texts[i] = texts;
      results.place[i] = this.placeOf(record.at);
      results.row[i] = record.at.row ?? -1;
      return undefined;
    }
    const firstScore = results.score[i]!;
    const sameScore = firstScore === score || (Number.isNaN(firstScore) && Number.isNaN(score));
    const same = sameScore && results.facts[i] === facts && results.texts[i] === texts;
    const place = this.places[results.place[i]!]!;
    const first: SourceLocation = { file: place.file };
    if (place.sheet !== undefined) first.sheet = place.sheet;
    if (results.row[i] !== -1) first.row = results.row[i]!;
    return { first, same };
  }

  private resultsOf(record: CheckRecord): FirstResults {
    let ofMonth = this.byMonth.get(record.month);
    if (!ofMonth) {
      ofMonth = [undefined, undefined];
      this.byMonth.set(record.month, ofMonth);
    }
    const k = record.kind === '全面检查' ? 1 : 0;
    let results = ofMonth[k];
    if (!results) {
      results = new FirstResults(this.size);
      ofMonth[k] = results;
    }
    return results;
  }

  /** The id of the record's normalised texts. */
  private textId(record: CheckRecord): number {
    if (record.vetoReason === undefined && record.problem === undefined) return 0;
    const text = (t: string | undefined) => (t === undefined ? '' : nameKey(t));
    const key = `${text(record.vetoReason)}\u0000${text(record.problem)}`;
    let id = this.textIds.get(key);
    if (id === undefined) {
      id = this.textIds.size;
      this.textIds.set(key, id);
    }
    return id;
  }

  /** The index of a row's file and sheet. */
  private placeOf(at: SourceLocation): number {
    const last = this.lastPlace;
    if (last !== undefined && last.file === at.file && last.sheet === at.sheet) return this.lastPlaceIndex;
    let index = this.places.findIndex((p) => p.file === at.file && p.sheet === at.sheet);
    if (index === -1) {
      index = this.places.length;
      const place: SourceLocation = { file: at.file };
      if (at.sheet !== undefined) place.sheet = at.sheet;
      this.places.push(place);
    }
    this.lastPlace = this.places[index];
    this.lastPlaceIndex = index;
    return index;
  }
}
