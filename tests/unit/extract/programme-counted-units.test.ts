/**
 * A count of units in figures inside a programme phrase (再新增100家…, 湖北13家…, 共10家…) tells
 * how many joined: the name starts after it, and a phrase left with the units' generic kind only
 * (试点单位, 试点) names no programme; nor does a frame leaving only that kind (再开展试点,
 * 被取消试点). A count the name's own words carry on from stays, and so does a name after a verb
 * taking a title away (撤销其…称号).
 */
import { describe, expect, it } from 'vitest';
import { afterUnitCount } from '../../../src/main/core/import/extract/counted-units';
import { programmeIn } from '../../../src/main/core/import/extract/programme';

describe('a count of units inside a programme phrase', () => {
  it('starts the name after the count', () => {
    expect(programmeIn('云南再新增100家全域旅游示范区创建单位', null)?.name).toBe(
      '全域旅游示范区创建单位',
    );
    expect(programmeIn('正式进入国家队湖北13家国家湿地公园试点', null)?.name).toBe(
      '国家湿地公园试点',
    );
  });

  it('names nothing when only the units’ generic kind is left', () => {
    expect(programmeIn('这13家试点单位分别是', null)).toBeNull();
    expect(programmeIn('共10家试点单位', null)).toBeNull();
    expect(programmeIn('12处试点建设的湿地公园通过验收', null)).toBeNull();
  });

  it('keeps a count the name carries on from, and a phrase with no count', () => {
    expect(afterUnitCount('全市3家联建示范社区')).toBe('全市3家联建示范社区');
    expect(afterUnitCount('全国农村产业融合发展示范园')).toBe('全国农村产业融合发展示范园');
    expect(programmeIn('3家农村产业融合发展示范园入选', null)?.name).toBe('农村产业融合发展示范园');
  });
});

describe('a frame leaving only the generic kind', () => {
  it('names no programme', () => {
    expect(programmeIn('今年将在部分地区再开展试点', null)).toBeNull();
    expect(programmeIn('吉林、福建、河南三省各有一处被取消试点资格', null)).toBeNull();
  });

  it('keeps the name a revoking verb frames', () => {
    expect(programmeIn('撤销其全国文明村镇称号', null)?.name).toBe('全国文明村镇');
    expect(programmeIn('首次取消国家湿地公园试点资格', null)?.name).toBe('国家湿地公园试点');
  });
});
