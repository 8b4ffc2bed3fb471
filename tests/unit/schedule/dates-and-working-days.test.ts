import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  daysBetween,
  todayInChina,
} from '../../../src/main/core/schedule/dates';
import {
  addWorkingDays,
  holidayDataCovers,
  isWorkingDay,
  workingDayWindowEnd,
} from '../../../src/main/core/schedule/working-days';
import { workingDayWindows } from '../../../src/main/core/schedule/working-day-windows';

describe('date arithmetic', () => {
  it('adds years and months clamping to the month end', () => {
    expect(addYears('2019-03-25', 2)).toBe('2021-03-25');
    expect(addYears('2020-02-29', 1)).toBe('2021-02-28');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2021-03-25', 3)).toBe('2021-06-25');
    expect(daysBetween('2020-06-01', '2020-06-08')).toBe(7);
  });

  it('takes today in Beijing, not UTC (01:00 Beijing is still yesterday in UTC)', () => {
    expect(todayInChina(new Date('2024-09-29T17:00:00Z'))).toBe('2024-09-30');
  });
});

describe('Chinese working days (chinese-days)', () => {
  it('knows holidays and make-up working days', () => {
    expect(isWorkingDay('2023-09-29')).toBe(false); // 中秋
    expect(isWorkingDay('2023-10-07')).toBe(true); // Saturday, 调休 working day
    expect(isWorkingDay('2023-10-02')).toBe(false); // Monday, 国庆
  });

  it('counts a 5-working-day window across 中秋/国庆 2023', () => {
    // 9/28 (1), holiday 9/29–10/6, 10/7 (2) and 10/8 (3) make-up days, 10/9 (4), 10/10 (5).
    expect(workingDayWindowEnd('2023-09-28', 5)).toBe('2023-10-10');
    expect(addWorkingDays('2023-09-28', 1)).toBe('2023-10-07');
  });

  it('falls back to Monday–Friday for years the calendar does not cover', () => {
    expect(holidayDataCovers(2023)).toBe(true);
    expect(holidayDataCovers(2099)).toBe(false);
    expect(isWorkingDay('2099-01-03')).toBe(false); // a Saturday
  });

  it('reads "公示期为N个工作日" windows from notice text', () => {
    const text = '经评审，现予公示。自2023年9月28日起公示，公示期为5个工作日。如有异议请反映。';
    const [w] = workingDayWindows(text, '2023-09-27');
    expect(w).toMatchObject({ from: '2023-09-28', to: '2023-10-10', workingDays: 5 });
    expect(text.slice(w!.start, w!.end)).toContain('5个工作日');
    // No date in the sentence: the window runs from the notice's issue date.
    expect(workingDayWindows('公示期为五个工作日。', '2024-04-30')[0]).toMatchObject({
      from: '2024-04-30',
      to: '2024-05-09',
    });
    // Two explicit dates are the importer's objection_window, not ours.
    expect(workingDayWindows('公示期为2023年4月18日至2023年4月24日（5个工作日）。', null)).toEqual(
      [],
    );
  });
});
