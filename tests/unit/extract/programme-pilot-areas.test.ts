/**
 * A pilot's areas (…试点地区) are the units the pilot is tried in: the programme is the pilot
 * (…试点), as the ministry names it, whatever a list calls its units.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a pilot named by its areas', () => {
  it('is the pilot', () => {
    expect(cleanProgramme('国家康复辅助器具产业综合创新试点地区', null)?.name).toBe(
      '国家康复辅助器具产业综合创新试点',
    );
    expect(cleanProgramme('第二批社工站建设试点地区', null)?.name).toBe('社工站建设试点');
  });

  it('a unit confirmed as a pilot area is listed in the pilot', () => {
    const { n } = readResolved(
      [
        '关于确定社工站建设试点地区的通知',
        '各县（市、区）民政局：',
        '经研究，确定凌河区为2021年全市社工站建设试点地区，试点期为一年。',
      ].join('\n'),
    );
    expect(n.records.length).toBeGreaterThan(0);
    for (const r of n.records) expect(r.programme).not.toMatch(/地区$/);
  });
});
