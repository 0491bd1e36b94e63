import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';

describe('the update-reminder settings of the config', () => {
  it('default to a 14-day line, Monday/Wednesday/Friday surveys and no holidays', () => {
    const c = parseConfig({});
    expect(c.staleDays).toBe(14);
    expect(c.surveyWeekdays).toEqual([1, 3, 5]);
    expect(c.calendar).toEqual({ holidays: [], workdays: [] });
  });

  it('accept weekdays as numbers or Chinese names, sorted and without repeats', () => {
    expect(parseConfig({ surveyWeekdays: ['周五', '星期一', 3, 5] }).surveyWeekdays).toEqual([1, 3, 5]);
    expect(parseConfig({ surveyWeekdays: ['周日', '周二'] }).surveyWeekdays).toEqual([2, 7]);
  });

  it.each([
    [{ surveyWeekdays: [8] }, /surveyWeekdays\.0：星期应为 1（周一）到 7（周日）/],
    [{ surveyWeekdays: ['礼拜一'] }, /surveyWeekdays\.0：星期应写作 1～7/],
    [{ surveyWeekdays: [6, 7] }, /surveyWeekdays：更新提醒的巡查日至少要有一天是周一到周五/],
    [{ staleDays: 0 }, /staleDays/],
    [{ calendar: { holidays: ['2023-10-1'] } }, /calendar\.holidays\.0：日期应写作 2023-10-17/],
    [
      { calendar: { workdays: ['2023-02-30'] } },
      /calendar\.workdays\.0：“2023-02-30”不是有效日期：没有这一天/,
    ],
    [
      { calendar: { holidays: ['2023-10-07'], workdays: ['2023-10-07'] } },
      /同一天不能既在 holidays（放假）又在 workdays（调休上班）中/,
    ],
    [{ calendar: { holiday: [] } }, /未知字段 calendar 中的“holiday”/],
  ])('refuse %j with a message naming the field', (input, message) => {
    expect(() => parseConfig(input)).toThrow(message);
  });

  it('keep the calendar as written', () => {
    const c = parseConfig({ calendar: { holidays: ['2023-09-29'], workdays: ['2023-10-07'] } });
    expect(c.calendar).toEqual({ holidays: ['2023-09-29'], workdays: ['2023-10-07'] });
  });
});
