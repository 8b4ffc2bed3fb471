/**
 * A scope word is a word of its own: the 全市 of 安全市 (a quality-safety title conferred on a
 * city) or the 全国 of 安全国家标准 is the end of 安全, so the name is not cut there.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a scope word inside another word', () => {
  it('keeps a title ending in 安全市 whole', () => {
    expect(cleanProgramme('“国家农机安全市”', null)?.name).toBe('国家农机安全市');
    expect(cleanProgramme('被命名为“国家农机安全市”', null)?.name).toBe('国家农机安全市');
  });

  it('still starts a name at a scope word written as one', () => {
    expect(cleanProgramme('确认全市社区治理创新实验区', null)?.name).toBe('全市社区治理创新实验区');
  });

  it('gives the city named with that title its programme', () => {
    const { n } = readResolved(
      [
        '某省1市3县获评国家农机安全市县',
        '本报讯 农业部日前下发通知，我省徐州市被命名为“国家农机安全市”；沛县、丰县、睢宁县等3个县被命名为“国家农机安全县”。',
      ].join('\n'),
    );
    const city = n.records.find((r) => r.regionText?.includes('徐州'));
    expect(city?.programme).toBe('国家农机安全市');
  });
});
