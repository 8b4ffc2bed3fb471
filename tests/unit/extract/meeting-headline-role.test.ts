/**
 * A headline telling where a meeting was held (…推进会在东台召开) is a story of the meeting; an
 * organ's headline calling the meeting itself (某局召开…推进会) is its own progress report.
 */
import { describe, expect, it } from 'vitest';
import { meetingHeldAt } from '../../../src/main/core/import/extract/meeting-headline';
import { readResolved } from './helpers';

const BODY =
  '会议总结了我省婚姻管理和婚俗改革推进成果,部署了下一阶段重点工作任务。厅党组成员、副厅长出席会议并讲话。\n' +
  '各设区市民政局分管负责同志和婚俗改革试点地区民政局分管负责同志参加会议。\n';
const role = (text: string) => readResolved(text).n.metadata.role;

describe('a meeting’s headline', () => {
  it('telling where it was held makes the page a story', () => {
    expect(role('全省婚姻管理暨婚俗改革工作推进会在东台召开\n' + BODY)).toBe('news');
  });

  it('naming the organ that called it keeps the organ’s report', () => {
    const own =
      '为切实做好我市8个省级基层治理实验区（点）总结验收工作，6月16日上午，市民政局组织召开全市省级基层治理实验区（点）工作推进会。\n';
    expect(role('淄博市民政局召开全市省级基层治理实验区（点）工作推进会\n' + own)).toBe(
      'progress_report',
    );
    expect(role('全市省级基层治理实验区（点）工作推进会在淄博召开\n' + own)).toBe('news');
  });

  it('reads the venue shape only', () => {
    expect(meetingHeldAt('全国丧葬礼俗改革暨公益性公墓建设管理座谈会在大荔县召开')).toBe(true);
    expect(meetingHeldAt('某市民政局召开推进会在即')).toBe(false);
    expect(meetingHeldAt('某局召开工作推进会在东台举行')).toBe(false);
  });
});
