/**
 * A forum thread's board tags before its headline ("[华东] (浙江杭州)…") are furniture, and a
 * programme entered as a rank ("入选全国优秀社区工作法序列") is named without 序列.
 */
import { describe, expect, it } from 'vitest';
import { withoutDocTail } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('forum board tags and ranks entered', () => {
  it('drops the board’s place tag after its column tag from the headline', () => {
    const { n } = readResolved(
      '[华东] (浙江杭州)三个社区获评省级示范社区\n发表于 2019-3-5 10:12 | 显示全部楼层\n' +
        '本报讯 近日，杭州市上城区湖滨街道东坡路社区等三个社区获评省级示范社区。\n',
    );
    expect(n.metadata.title).toBe('三个社区获评省级示范社区');
  });

  it('names the programme without the rank it was entered in', () => {
    expect(withoutDocTail('全国优秀社区工作法序列')).toBe('全国优秀社区工作法');
    expect(withoutDocTail('全省婚俗改革示范县行列')).toBe('全省婚俗改革示范县');
    expect(withoutDocTail('全国优秀社区工作法')).toBe('全国优秀社区工作法');
  });
});
