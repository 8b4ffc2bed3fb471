/**
 * A page whose lead reports the work's own progress meeting (…试点推进会在某镇社工站举行) and
 * names the pilot units is the organ running the work telling how it goes: progress_report, as a
 * title's 推进会 is. Another meeting in the lead (a forum, an exchange), or the same meeting told
 * by an outlet, stays news (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const role = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.role;

const page = (lead: string, dateline = '') => [
  `${dateline}为推动襄州区乡镇(街)社工站建设工作,2021年9月1日下午3时,${lead}在伙牌镇社会工作站举行。`,
  '襄州区民政局于2021年3月启动乡镇(街道)社工站建设工作,首批试点包括张湾街道、伙牌镇、张家集镇、峪山镇、龙王镇和双沟镇。',
  '至此襄州区六个试点社工站已全面启动,襄州区民政局督促各地在今年10月前完成社工站阵地建设。',
  '编辑:江楠 审编:admin',
];

describe('a lead reporting the work’s own progress meeting', () => {
  it('is a progress report', () => {
    expect(role(page('襄州区乡镇(街)社工站建设试点推进会'))).toBe('progress_report');
  });

  it('control: a forum in the lead stays news', () => {
    expect(role(page('襄州区社会工作发展论坛'))).toBe('news');
  });

  it('control: the same meeting told by an outlet stays news', () => {
    expect(role(page('襄州区乡镇(街)社工站建设试点推进会', '襄阳日报讯 '))).toBe('news');
  });
});
