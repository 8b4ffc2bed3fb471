/**
 * A naming verb's object written as a township and its community, with no county above it
 * ("决定命名A街道B社区为…"): a county paper's own community, placed by its township alone.
 * Composed here in other words and places.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a township and its community after a naming verb', () => {
  it('"决定命名A街道B社区为…" names the community, its county found from the township', () => {
    const { n, codes } = readResolved(
      [
        '示范社区名单公布',
        '本报讯 近日，有关部门决定命名交道口街道福祥社区为2023年全国示范社区。',
        '该社区共有居民8000人。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['交道口街道福祥社区']);
    expect(codes).toEqual(['110101']);
  });

  it('"认定…等N个社区为…" keeps the example and checks the count', () => {
    const { n, codes, warned } = readResolved(
      '经审核，认定通运街道运河湾社区等30个社区为省级示范社区。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['通运街道运河湾社区']);
    expect(codes).toEqual(['110112']);
    expect(warned).toContain('count_mismatch');
  });

  it('a headline naming the community bare does not place it in a county its name opens with', () => {
    const { codes } = readResolved(
      [
        '运河园社区全国示范社区',
        '本报讯 近日，有关部门决定命名通运街道运河园社区为2023年全国示范社区。',
      ].join('\n'),
    );
    expect(codes).toEqual(['110112']);
  });

  it('a programme after the naming verb is no place', () => {
    const { n } = readResolved('民政部决定命名全国社区治理和服务创新实验区为示范单位。');
    expect(n.records).toEqual([]);
  });
});
