import { describe, expect, it } from 'vitest';
import { periodOption } from '../../src/cli/context.js';
import { UsageError } from '../../src/cli/errors.js';

describe('periodOption', () => {
  it.each([
    [{ quarter: '2022Q4' }, '2022Q4', '2022-12-31'],
    [{ quarter: '2022q1' }, '2022Q1', '2022-03-31'],
    [{ year: '2022' }, '2022', '2022-12-31'],
    [{ month: '2023-09' }, '2023-09', '2023-09-30'],
    [{ month: '2023-9' }, '2023-09', '2023-09-30'],
    [{ month: '2024-02' }, '2024-02', '2024-02-29'],
    [{ half: '2023H1' }, '2023H1', '2023-06-30'],
    [{ half: '2023h2' }, '2023H2', '2023-12-31'],
  ])('accepts %j', (options, id, end) => {
    expect(periodOption(options)).toMatchObject({ id, end });
  });

  it.each([
    [{ quarter: '2022Q5' }, /--quarter 的写法不对：“2022Q5”。应写作 2022Q4/],
    [{ quarter: '22Q4' }, /--quarter 的写法不对：“22Q4”。应写作 2022Q4（四位年份 \+ Q \+ 1～4）/],
    [{ quarter: '2022-Q4' }, /应写作 2022Q4/],
    [{ year: '22' }, /--year 的写法不对：“22”。应写作四位年份，如 2022/],
    [{ year: '2022Q4' }, /--year 的写法不对/],
    [{ quarter: '2022Q4', year: '2022' }, /只能选一个/],
    [{}, /请用 --quarter 2022Q4 指定季度，或用 --year 2022 指定年度/],
    [{}, /或用 --month 2023-09 指定月份，或用 --half 2023H1 指定半年/],
    [{ month: '2023-13' }, /--month 的写法不对：“2023-13”。应写作 2023-09（四位年份、短横线和月份 01～12）/],
    [{ month: '2023年9月' }, /--month 的写法不对：“2023年9月”。应写作 2023-09/],
    [{ month: '202309' }, /--month 的写法不对/],
    [{ month: '1899-09' }, /--month 的年份不对：“1899-09”/],
    [{ half: '2023H3' }, /--half 的写法不对：“2023H3”。应写作 2023H1 或 2023H2/],
    [{ half: '2023' }, /--half 的写法不对/],
    [{ month: '2023-06', quarter: '2023Q2' }, /--quarter 和 --month 只能选一个/],
    [{ month: '2023-06', half: '2023H1', year: '2023' }, /--year、--month、--half 只能选一个/],
  ])('refuses %j with the accepted forms (a usage error, exit 2)', (options, message) => {
    expect(() => periodOption(options)).toThrow(UsageError);
    expect(() => periodOption(options)).toThrow(message);
  });

  it('allows no period where it is optional', () => {
    expect(periodOption({}, false)).toBeUndefined();
  });
});
