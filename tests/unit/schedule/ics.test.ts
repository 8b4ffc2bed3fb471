import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, milestonesToIcs, uidFor } from '../../../src/main/core/schedule/ics';
import type { DeadlineItem } from '../../../src/main/core/schedule/shapes';

const item = (over: Partial<DeadlineItem> = {}): DeadlineItem => ({
  id: 1,
  recordId: 7,
  noticeId: 2,
  kind: 'final_report',
  dueOn: '2021-03-25',
  status: 'pending',
  rule: { noticeId: 2, text: '实验时间为期两年; 提交终期报告, 由民政部组织验收\\结项' },
  key: 'rec:7:final_report',
  label: '终期报告',
  storedStatus: 'pending',
  note: null,
  daysLeft: 10,
  record: {
    kind: 'zone',
    regionText: '北京市石景山区',
    regionCode: '110107',
    unit: null,
    title: '打造“老街坊”品牌',
    programme: '全国社区治理和服务创新实验区',
  },
  notice: {
    title: '民政部关于同意将北京市石景山区等单位确认为全国社区治理和服务创新实验区的批复',
    docNo: '民函〔2019〕41号',
  },
  ...over,
});

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('ICS export (RFC 5545)', () => {
  const now = new Date('2024-01-02T03:04:05Z');
  const ics = milestonesToIcs(
    [
      item(),
      item({
        id: 2,
        key: 'notice:4:objection_window:113',
        kind: 'objection_window',
        recordId: null,
        record: null,
        dueOn: '2023-04-18',
        endOn: '2023-04-24',
        label: '公示期',
        status: 'done',
        storedStatus: 'done',
      }),
    ],
    { now },
  );

  it('uses CRLF everywhere and folds every line to 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n ');
  });

  it('never splits a UTF-8 character when folding', () => {
    const folded = foldLine(`SUMMARY:${'实验区'.repeat(40)}`);
    for (const part of folded.split('\r\n'))
      expect(() =>
        new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part)),
      ).not.toThrow();
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'实验区'.repeat(40)}`);
  });

  it('writes all-day events with stable UIDs and the Shanghai time zone', () => {
    const text = unfold(ics);
    expect(text).toContain('X-WR-TIMEZONE:Asia/Shanghai');
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('DTSTART;VALUE=DATE:20210325\r\nDTEND;VALUE=DATE:20210326');
    // A window spans its days; DTEND is exclusive.
    expect(text).toContain('DTSTART;VALUE=DATE:20230418\r\nDTEND;VALUE=DATE:20230425');
    expect(text).toContain(`UID:${uidFor('rec:7:final_report')}`);
    expect(uidFor('rec:7:final_report')).toBe('rec-7-final_report@taizhang.local');
    expect(text).toContain('DTSTAMP:20240102T030405Z');
    expect(text).toContain('TRIGGER:-P7D');
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(1); // only the open item
  });

  it('escapes text values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(unfold(ics)).toContain(
      '依据：实验时间为期两年\\; 提交终期报告\\, 由民政部组织验收\\\\结项',
    );
  });

  it('is identical for the same milestones (re-export updates, never duplicates)', () => {
    expect(milestonesToIcs([item()], { now })).toBe(milestonesToIcs([item()], { now }));
  });
});
