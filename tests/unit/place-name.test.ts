import { describe, expect, it } from 'vitest';
import { placeName } from '../../src/shared/place-name';

const at = (
  regionText: string | null,
  province: string | null,
  city: string | null,
  county: string | null,
  town: string | null = null,
) => ({ regionText, province, city, county, town });

describe('placeName: a county-level place with its city', () => {
  it('names a district written bare with its city, and its province when asked', () => {
    const gulou = at('鼓楼区', '江苏省', '南京市', '鼓楼区');
    expect(placeName(gulou, { withProvince: false })).toBe('南京市鼓楼区');
    expect(placeName(gulou, { withProvince: true })).toBe('江苏省南京市鼓楼区');
    expect(placeName(at('鼓楼区', '福建省', '福州市', '鼓楼区'), { withProvince: false })).toBe(
      '福州市鼓楼区',
    );
  });
  it('keeps what the notice wrote below the resolved names (a community under its street)', () => {
    const r = at('鼓楼区华大街道文林社区', '福建省', '福州市', '鼓楼区', '华大街道');
    expect(placeName(r, { withProvince: false })).toBe('福州市鼓楼区华大街道文林社区');
  });
  it('names a municipality’s district by the municipality, which has no city between', () => {
    expect(placeName(at('东城区', '北京市', null, '东城区'), { withProvince: false })).toBe(
      '北京市东城区',
    );
  });
  it('leaves alone what resolved to no city or county: the text as written, or the province', () => {
    expect(placeName(at('某某开发区', null, null, null), { withProvince: true })).toBe(
      '某某开发区',
    );
    expect(placeName(at(null, '浙江省', null, null), { withProvince: true })).toBe('浙江省');
    expect(placeName(at(null, null, null, null), { withProvince: true })).toBeNull();
  });
  it('writes a renamed county by the names it resolved to, not the old name twice', () => {
    expect(placeName(at('江干区', '浙江省', '杭州市', '上城区'), { withProvince: false })).toBe(
      '杭州市上城区',
    );
  });
});
