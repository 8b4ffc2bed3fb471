/**
 * The last two towns of a run joined by 和 ("…峪山镇、龙王镇和双沟镇") are two units, as two
 * villages are; a town followed by a village whose name begins with 和 ("城关镇和平村") stays
 * one place.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const titles = (text: string): string[] =>
  readResolved(text).n.records.map((r) => r.regionText ?? '');

describe('towns joined by 和', () => {
  it('are two units at the end of a run', () => {
    expect(
      titles(
        '襄州区民政局于2021年3月启动乡镇(街道)社工站建设工作,首批试点包括张湾街道、伙牌镇、张家集镇、峪山镇、龙王镇和双沟镇。',
      ),
    ).toEqual(['张湾街道', '伙牌镇', '张家集镇', '峪山镇', '龙王镇', '双沟镇']);
  });

  it('leave a village named with 和 under its town', () => {
    const got = titles(
      '四川省某某县民政局确定城关镇和平村、东风镇红星村、西河乡团结村为首批村级议事协商试点单位。',
    );
    expect(got.join('/')).not.toMatch(/^城关镇\/平村/);
  });
});
