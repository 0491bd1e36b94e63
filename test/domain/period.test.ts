import { describe, expect, it } from 'vitest';
import { parsePeriod, parseQuarter, parseYear, previousPeriod, quartersOf } from '../../src/domain/period.js';

describe('periods', () => {
  it('parses a quarter with its months and last day', () => {
    const p = parseQuarter('2022Q4')!;
    expect(p).toMatchObject({
      id: '2022Q4',
      kind: 'quarter',
      year: 2022,
      quarter: 4,
      start: '2022-10-01',
      end: '2022-12-31',
    });
    expect(p.months).toEqual(['2022-10', '2022-11', '2022-12']);
  });

  it.each([
    ['2022Q1', '2022-03-31'],
    ['2024Q1', '2024-03-31'],
    ['2022Q2', '2022-06-30'],
    ['2022Q3', '2022-09-30'],
    ['2022q4', '2022-12-31'],
  ])('%s ends on %s', (text, end) => {
    expect(parseQuarter(text)?.end).toBe(end);
  });

  it.each(['2022Q5', '22Q4', '2022Q0', '2022-Q4', '', 'Q4'])('rejects %j', (text) => {
    expect(parseQuarter(text)).toBeNull();
  });

  it('parses a year', () => {
    const y = parseYear('2022')!;
    expect(y.end).toBe('2022-12-31');
    expect(y.months).toHaveLength(12);
    expect(parseYear('22')).toBeNull();
    expect(parsePeriod('2022')?.kind).toBe('year');
  });

  it('knows the period before', () => {
    expect(previousPeriod(parseQuarter('2022Q1')!).id).toBe('2021Q4');
    expect(previousPeriod(parseQuarter('2022Q4')!).id).toBe('2022Q3');
    expect(previousPeriod(parseYear('2022')!).id).toBe('2021');
    expect(quartersOf(2022).map((q) => q.id)).toEqual(['2022Q1', '2022Q2', '2022Q3', '2022Q4']);
  });
});
