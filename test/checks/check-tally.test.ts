import { describe, expect, test } from 'vitest';
import type { CheckRecord } from '../../src/checks/check-record.js';
import {
  BELOW_100,
  CHECKED,
  CheckTally,
  checkFlags,
  FAILED,
  FULL_CHECKED,
  REPOSTING,
  SPOT_CHECKED,
  tallyRecords,
  tallySize,
} from '../../src/checks/check-tally.js';
import type { CheckKind } from '../../src/domain/vocabulary.js';

let row = 1;
function record(
  account: number,
  month: string,
  kind: CheckKind,
  extra: Partial<CheckRecord> = {},
): CheckRecord {
  row++;
  return {
    month,
    kind,
    account,
    veto: false,
    reposting: false,
    failed: false,
    reasons: [],
    at: { file: 'checks.xlsx', sheet: month, row },
    ...extra,
  };
}

describe('checkFlags', () => {
  test.each<[string, CheckKind, Partial<CheckRecord>, number]>([
    ['a passed spot check', '单否专项检查', {}, SPOT_CHECKED],
    ['a failed spot check', '单否专项检查', { failed: true, veto: true }, SPOT_CHECKED | FAILED],
    ['reposting', '单否专项检查', { reposting: true }, SPOT_CHECKED | REPOSTING],
    ['a spot check with a score is not a full check', '单否专项检查', { score: 60 }, SPOT_CHECKED],
    ['a full check at 100', '全面检查', { score: 100 }, FULL_CHECKED],
    ['a full check at 99.5', '全面检查', { score: 99.5 }, FULL_CHECKED | BELOW_100],
    ['a full check without a score', '全面检查', {}, FULL_CHECKED | BELOW_100],
    [
      'a failed full check at 100',
      '全面检查',
      { score: 100, failed: true, reposting: true },
      FULL_CHECKED | FAILED | REPOSTING,
    ],
  ])('%s', (_label, kind, extra, flags) => {
    expect(checkFlags(record(0, '2022-10', kind, extra))).toBe(flags);
  });

  test('either kind is CHECKED', () => {
    expect(CHECKED).toBe(SPOT_CHECKED | FULL_CHECKED);
  });
});

describe('CheckTally', () => {
  test('keeps per month one byte of flags per account: the union of its checks', () => {
    const tally = new CheckTally(4);
    tally.add(record(1, '2022-11', '单否专项检查'));
    tally.add(record(1, '2022-11', '全面检查', { score: 90 }));
    tally.add(record(3, '2022-11', '单否专项检查', { reposting: true }));
    tally.add(record(2, '2022-10', '全面检查', { score: 100 }));
    expect(tally.months()).toEqual(['2022-10', '2022-11']);
    expect([...tally.flagsOf('2022-11')!]).toEqual([
      0,
      SPOT_CHECKED | FULL_CHECKED | BELOW_100,
      0,
      SPOT_CHECKED | REPOSTING,
    ]);
    expect([...tally.flagsOf('2022-10')!]).toEqual([0, 0, FULL_CHECKED, 0]);
    expect(tally.flagsOf('2022-12')).toBeUndefined();
  });

  test('keeps the failed checks in full, in the order they were added', () => {
    const tally = new CheckTally(3);
    const late = record(0, '2022-12', '单否专项检查', { failed: true, reasons: ['安全问题'] });
    const early = record(2, '2022-10', '单否专项检查', { failed: true, reasons: ['内容不更新'] });
    tally.add(late);
    tally.add(record(1, '2022-10', '单否专项检查'));
    tally.add(early);
    expect(tally.failures()).toEqual([late, early]);
    expect(tally.failures()[0]).toBe(late);
  });

  test('a month added later comes in order', () => {
    const tally = new CheckTally(1);
    tally.add(record(0, '2022-12', '单否专项检查'));
    expect(tally.months()).toEqual(['2022-12']);
    tally.add(record(0, '2022-02', '单否专项检查'));
    tally.add(record(0, '2021-12', '单否专项检查'));
    expect(tally.months()).toEqual(['2021-12', '2022-02', '2022-12']);
  });

  test('tallyRecords and tallySize build one from hand-made records', () => {
    const accounts = [{ index: 0 }, { index: 4 }, { index: 2 }];
    expect(tallySize(accounts)).toBe(5);
    expect(tallySize([])).toBe(0);
    const records = [record(4, '2022-10', '单否专项检查'), record(4, '2022-10', '单否专项检查')];
    const tally = tallyRecords(records, tallySize(accounts));
    expect(tally.size).toBe(5);
    expect([...tally.flagsOf('2022-10')!]).toEqual([0, 0, 0, 0, SPOT_CHECKED]);
  });
});
