/**
 * A village's committee written on the village's own 村 ("…甲岭村民委员会", "…乙湾村委会")
 * and a residents' committee named without 社区 ("…丙河居民委员会"): each is the place it
 * serves, as the committee's full name after its village is. Read as a place followed by words,
 * such a line ended a list of lines and lost it and every line after it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a committee written on its village’s name', () => {
  it('is the village or community it serves, in a sentence', () => {
    const { n, codes } = readResolved(
      [
        '孝感市有2个村、1个社区获得表彰。',
        '孝感市获评全省“先进村民委员会”的2个村分别为：大悟县宣化店镇甲岭村民委员会、孝昌县花园镇乙湾村委会；获评全省“先进社区居民委员会”的1个社区为：云梦县城关镇丙河居民委员会。',
      ].join('\n\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '大悟县宣化店镇甲岭村',
      '孝昌县花园镇乙湾村',
      '云梦县城关镇丙河居民委员会',
    ]);
    expect(codes).toEqual(['420922', '420921', '420923']);
  });

  it('keeps a list of such lines whole', () => {
    const { n, codes } = readResolved(
      [
        '孝感市先进村（居）民委员会名单',
        '大悟县宣化店镇甲岭村民委员会',
        '孝昌县花园镇乙湾村村民委员会',
        '云梦县城关镇丙河居民委员会',
        '孝昌县花园镇丁冲村委会',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(4);
    expect(codes).toEqual(['420922', '420921', '420923', '420921']);
  });
});
