/** Date fields read the same whatever the system's locale: typed forms, shown forms. */
import { describe, expect, it } from 'vitest';
import {
  dateTimeText,
  minuteText,
  parseDateText,
} from '../../src/renderer/src/components/date-text';

describe('dates as staff type them', () => {
  it('reads the usual written forms into an ISO date', () => {
    for (const t of [
      '2024-05-01',
      '2024-5-1',
      '2024/05/01',
      '2024.5.1',
      '2024年5月1日',
      '20240501',
      ' 2024 年 5 月 1 日 ',
    ])
      expect(parseDateText(t), t).toBe('2024-05-01');
  });

  it('refuses what is no real date, or half typed', () => {
    for (const t of ['2023-02-29', '2024-13-01', '2024-05', '05/01/2024', '', '二〇二四年五月一日'])
      expect(parseDateText(t), t).toBeNull();
    expect(parseDateText('2024-02-29')).toBe('2024-02-29');
  });

  it('shows a moment in China time as 2024-05-01 09:30:05, to the minute on request', () => {
    const at = '2024-05-01T01:30:05.000Z';
    expect(dateTimeText(at)).toBe('2024-05-01 09:30:05');
    expect(minuteText(at)).toBe('2024-05-01 09:30');
    expect(minuteText('')).toBe('');
  });

  it('reads the China day and hour whatever the machine’s time zone', () => {
    // 18:44 UTC is 02:44 the next day in Beijing: the day 填报日期 and deadlines count
    expect(minuteText('2026-12-03T18:44:00.000Z')).toBe('2026-12-04 02:44');
    expect(minuteText('2024-12-31T16:00:00Z')).toBe('2025-01-01 00:00');
  });
});
