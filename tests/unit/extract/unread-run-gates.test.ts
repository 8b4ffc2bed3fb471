/**
 * The unread runs test a piece's last character before their patterns (a piece that ends in no
 * name's last character cannot be one): every ending the patterns take still reports its run,
 * and pieces that only look like names up to their last character still do not.
 */
import { describe, expect, it } from 'vitest';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { unreadRuns } from '../../../src/main/core/import/extract/unread-runs';

const runOf = (text: string) => unreadRuns(keyText(text), [], []);

describe('the last-character gates of unread runs', () => {
  it('keeps every institution ending the pattern takes, and its bracketed note', () => {
    const endings = ['院', '中心', '所', '站', '馆', '社', '学校', '公司', '基地', '之家'];
    for (const end of endings) {
      const text = `保定市某某${end}、邢台市某某${end}、唐山市某某${end}、沧州市某某${end}获评先进单位。`;
      expect(runOf(text).map((w) => w.code)).toEqual(['unread_list']);
    }
    const noted =
      '保定市某某协会、邢台市某某商会（筹）、唐山市某某学会（试点）、沧州市某某院获评先进。';
    expect(runOf(noted).map((w) => w.code)).toEqual(['unread_list']);
  });

  it('keeps township units ending in 村, 社区 and 嘎查, after their lead words', () => {
    const text =
      '首批入选的海阳镇盐铺村、商山镇黄家社区、鹤城苏木某某嘎查、渭桥乡资村全部通过复核被保留。';
    const [w] = runOf(text);
    expect(w?.code).toBe('unread_list');
    expect(w?.message).toContain('“海阳镇盐铺村');
    expect(w?.message).toContain('等3个');
  });

  it('keeps counties written whole, each ending in its level word', () => {
    const text =
      '河南省许昌市襄城县、四川省凉山州会理市、内蒙古自治区赤峰市巴林右旗、山东省济南市历城区获评示范单位。';
    expect(runOf(text).map((w) => w.code)).toEqual(['unread_list']);
  });

  it('says nothing of look-alikes that end in another character (controls)', () => {
    const institutions =
      '保定市某某院长、邢台市某某中心组、唐山市某某站点、沧州市某某院获评先进单位。';
    const townships =
      '海阳镇盐铺村民、商山镇黄家社区里、鹤城乡左右龙村口、渭桥乡资村全部通过复核被保留。';
    const counties =
      '河南省许昌市襄城县长、四川省凉山州会理市民、山东省济南市历城区里、河南省某市某县获评示范。';
    for (const text of [institutions, townships, counties]) expect(runOf(text)).toEqual([]);
  });
});
