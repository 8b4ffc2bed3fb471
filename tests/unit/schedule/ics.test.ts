import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, milestonesToIcs, uidFor } from '../../../src/main/core/schedule/ics';
import type { DeadlineItem } from '../../../src/shared/schedule';

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
    place: null,
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
    { now, includeDone: true },
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
    // Without an identity the key stands in; the UID is a hash under the namespace.
    expect(text).toContain(
      `UID:${uidFor('taizhang', ['rec:7:final_report', 'final_report', '2021-03-25'])}`,
    );
    expect(uidFor('ns', ['a'])).toMatch(/^[0-9a-f]{32}@taizhang$/);
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

  it('names an event by what it is, not by row ids, under the ledger namespace', () => {
    const identity = {
      subject: ['全国社区治理和服务创新实验区', '2019', '110107'],
      changedAt: '2024-01-01T08:00:00Z',
    };
    const uid = (i: DeadlineItem, ns: string) =>
      /UID:(\S+)/.exec(
        milestonesToIcs([i], { now, namespace: ns, identities: new Map([[i.id, identity]]) }),
      )?.[1];
    // Another row id and key (a rebuilt ledger): the same UID.
    expect(uid(item({ id: 9, recordId: 70, key: 'rec:70:final_report' }), 'A')).toBe(
      uid(item(), 'A'),
    );
    // Another ledger: another UID.
    expect(uid(item(), 'B')).not.toBe(uid(item(), 'A'));
    // Another due date: another event.
    expect(uid(item({ dueOn: '2021-04-25' }), 'A')).not.toBe(uid(item(), 'A'));
  });

  it('writes SEQUENCE and LAST-MODIFIED from the last change, growing with it', () => {
    const at = (changedAt: string) =>
      unfold(
        milestonesToIcs([item()], {
          now,
          identities: new Map([[1, { subject: ['p', '2019', '110107'], changedAt }]]),
        }),
      );
    const before = at('2024-01-01T08:00:00Z');
    const after = at('2024-02-01T08:00:00Z');
    expect(before).toContain('LAST-MODIFIED:20240101T080000Z');
    const seq = (t: string) => Number(/SEQUENCE:(\d+)/.exec(t)?.[1]);
    expect(seq(after)).toBeGreaterThan(seq(before));
  });

  it('leaves completed and waived items out unless asked', () => {
    const items = [item(), item({ id: 2, status: 'done' }), item({ id: 3, status: 'waived' })];
    expect(milestonesToIcs(items, { now }).match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(milestonesToIcs(items, { now, includeDone: true }).match(/BEGIN:VEVENT/g)).toHaveLength(
      3,
    );
  });
});
