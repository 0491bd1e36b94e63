import { describe, expect, it, test } from 'vitest';
import { isoWeekday, isWorkingDay, nextSurveyDay, workCalendar } from '../../src/domain/work-calendar.js';
import type { ReminderColour } from '../../src/stats/reminder-colour.js';
import { type SurveySettings, standingOf, surveyDay } from '../../src/stats/reminder-colour.js';

// 国务院办公厅关于2023年部分节假日安排的通知（2022年12月8日）：中秋节、国庆节 9月29日至10月6日放假调休，
// 共8天；10月7日（星期六）、10月8日（星期日）上班.
const NATIONAL_DAY_2023 = workCalendar({
  holidays: [
    '2023-09-29',
    '2023-09-30',
    '2023-10-01',
    '2023-10-02',
    '2023-10-03',
    '2023-10-04',
    '2023-10-05',
    '2023-10-06',
  ],
  workdays: ['2023-10-07', '2023-10-08'],
});

const SETTINGS: SurveySettings = { staleDays: 14, surveyWeekdays: [1, 3, 5], calendar: NATIONAL_DAY_2023 };

describe('the 2023 National Day calendar', () => {
  test.each([
    ['2023-09-28', 4, true], // Thursday before the holiday
    ['2023-09-29', 5, false], // 中秋节, a Friday
    ['2023-10-02', 1, false], // Monday within the holiday
    ['2023-10-07', 6, true], // make-up Saturday
    ['2023-10-08', 7, true], // make-up Sunday
    ['2023-10-14', 6, false], // ordinary Saturday
    ['2023-10-16', 1, true],
  ])('%s is weekday %i, working %s', (date, weekday, working) => {
    expect(isoWeekday(date)).toBe(weekday);
    expect(isWorkingDay(date, NATIONAL_DAY_2023)).toBe(working);
  });

  test.each([
    // Fri 29, Mon 2, Wed 4 and Fri 6 are holidays; the make-up weekend is no survey weekday.
    ['2023-09-27', '2023-10-09'],
    ['2023-09-28', '2023-10-09'],
    ['2023-10-07', '2023-10-09'],
    ['2023-10-09', '2023-10-11'],
    ['2023-10-13', '2023-10-16'],
  ])('the next survey day after %s is %s', (date, next) => {
    expect(nextSurveyDay(date, [1, 3, 5], NATIONAL_DAY_2023)).toBe(next);
  });

  it('makes a make-up Saturday a survey day when Saturday is a survey weekday', () => {
    expect(nextSurveyDay('2023-10-05', [6], NATIONAL_DAY_2023)).toBe('2023-10-07');
    expect(nextSurveyDay('2023-10-07', [6, 1], NATIONAL_DAY_2023)).toBe('2023-10-09');
  });
});

// Each row: survey date D, the account, its latest post, then by hand: L = post + 14, its colour.
const TABLE: [string, string, string, string, ReminderColour | null][] = [
  // The day before the holiday, Thursday 2023-09-28: N = Monday 2023-10-09 (every survey weekday in
  // between is a holiday), D + 7 = 2023-10-05, so no account is yellow.
  ['2023-09-28', '江阴发布', '2023-09-10', '2023-09-24', 'red'], // past the line
  ['2023-09-28', '宜兴发布', '2023-09-14', '2023-09-28', 'red'], // at the line today
  ['2023-09-28', '梁溪发布', '2023-09-15', '2023-09-29', 'blue'], // 中秋节
  ['2023-09-28', '锡山发布', '2023-09-22', '2023-10-06', 'blue'], // last day of the holiday
  ['2023-09-28', '惠山发布', '2023-09-23', '2023-10-07', 'red'], // make-up Saturday, a working day
  ['2023-09-28', '滨湖发布', '2023-09-24', '2023-10-08', 'red'], // make-up Sunday
  ['2023-09-28', '新吴发布', '2023-09-25', '2023-10-09', 'red'], // N itself, a working day
  ['2023-09-28', '无锡教育', '2023-09-26', '2023-10-10', null], // after N and after D + 7
  // The last survey day before the holiday, Wednesday 2023-09-27: N = 2023-10-09.
  ['2023-09-27', '无锡交通', '2023-09-13', '2023-09-27', 'red'],
  ['2023-09-27', '无锡公安', '2023-09-14', '2023-09-28', 'red'], // Thursday, still worked
  ['2023-09-27', '无锡卫健', '2023-09-15', '2023-09-29', 'blue'],
  // The Monday after it, 2023-10-09: N = Wednesday 2023-10-11, D + 7 = 2023-10-16.
  ['2023-10-09', '江阴发布', '2023-09-25', '2023-10-09', 'red'],
  ['2023-10-09', '宜兴发布', '2023-09-27', '2023-10-11', 'red'], // N
  ['2023-10-09', '梁溪发布', '2023-09-28', '2023-10-12', 'yellow'],
  ['2023-10-09', '锡山发布', '2023-09-30', '2023-10-14', 'yellow'], // a Saturday, but after N
  ['2023-10-09', '惠山发布', '2023-10-02', '2023-10-16', 'yellow'], // D + 7
  ['2023-10-09', '滨湖发布', '2023-10-03', '2023-10-17', null],
  // A Friday before an ordinary weekend, 2023-10-13: N = Monday 2023-10-16, D + 7 = 2023-10-20.
  ['2023-10-13', '江阴发布', '2023-09-29', '2023-10-13', 'red'],
  ['2023-10-13', '宜兴发布', '2023-09-30', '2023-10-14', 'blue'], // Saturday
  ['2023-10-13', '梁溪发布', '2023-10-01', '2023-10-15', 'blue'], // Sunday
  ['2023-10-13', '锡山发布', '2023-10-02', '2023-10-16', 'red'], // Monday = N
  ['2023-10-13', '惠山发布', '2023-10-03', '2023-10-17', 'yellow'],
  ['2023-10-13', '滨湖发布', '2023-10-06', '2023-10-20', 'yellow'], // D + 7
  ['2023-10-13', '新吴发布', '2023-10-07', '2023-10-21', null],
];

describe('the 红黄蓝 rule across the 2023 National Day', () => {
  test.each(TABLE)('on %s %s (last post %s, line %s) is %s', (date, _name, lastPost, line, colour) => {
    const standing = standingOf(lastPost, surveyDay(date, SETTINGS));
    expect(standing.lineDate).toBe(line);
    expect(standing.colour).toBe(colour);
  });

  it('counts the days since the latest post', () => {
    expect(standingOf('2023-09-10', surveyDay('2023-09-28', SETTINGS)).daysSincePost).toBe(18);
    expect(standingOf('2023-09-28', surveyDay('2023-09-28', SETTINGS)).daysSincePost).toBe(0);
  });

  it('follows staleDays and the survey weekdays of the config', () => {
    // Survey on Tuesdays and Thursdays, a line 7 days after the post: from Tuesday 2023-10-10, N is
    // Thursday 2023-10-12; a post on 2023-10-06 reaches the line on 2023-10-13 (after N: yellow).
    const settings = { ...SETTINGS, staleDays: 7, surveyWeekdays: [2, 4] };
    const day = surveyDay('2023-10-10', settings);
    expect(day.nextSurvey).toBe('2023-10-12');
    expect(standingOf('2023-10-05', day)).toMatchObject({ lineDate: '2023-10-12', colour: 'red' });
    expect(standingOf('2023-10-06', day)).toMatchObject({ lineDate: '2023-10-13', colour: 'yellow' });
  });

  it('without the holiday in the config, 2023-09-29 is a working Friday and the line there is red', () => {
    const plain = { ...SETTINGS, calendar: workCalendar({ holidays: [], workdays: [] }) };
    const day = surveyDay('2023-09-28', plain);
    expect(day.nextSurvey).toBe('2023-09-29');
    expect(standingOf('2023-09-15', day).colour).toBe('red');
    expect(standingOf('2023-09-16', day).colour).toBe('yellow');
  });
});
