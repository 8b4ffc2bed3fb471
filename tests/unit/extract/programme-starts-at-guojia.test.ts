/**
 * A national programme's name opens with 国家 (国家现代农业产业园): a headline telling what befell
 * a place before it (某省再添4家…, 某市成功创成…) names the programme from 国家 on. 国家 inside
 * another name's words (党和国家…) is no start.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';

describe('a national programme named from 国家', () => {
  it('after a count of what a province gained', () => {
    expect(cleanProgramme('浙江再添3家国家现代农业产业园', null)?.name).toBe('国家现代农业产业园');
  });

  it('after a verb of what a city achieved', () => {
    expect(cleanProgramme('嘉兴市成功创成国家现代农业产业园', null)?.name).toBe(
      '国家现代农业产业园',
    );
  });

  it('from 建设 when the programme is building toward the title', () => {
    expect(cleanProgramme('两市入选第二批建设国家儿童友好城市', null)?.name).toBe(
      '建设国家儿童友好城市',
    );
  });

  it('not inside 党和国家', () => {
    expect(cleanProgramme('党和国家功勋荣誉表彰示范单位', null)?.name).toBe(
      '党和国家功勋荣誉表彰示范单位',
    );
  });
});
