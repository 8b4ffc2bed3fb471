/**
 * The last line of a copy cut mid-sentence can end with an organ's name ("2021年9月15日,某部发布
 * 《某部"): it is a sentence, its comma set half-width as many pages set them, and a cited
 * document's title opens in it. Neither is a signature.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const issuer = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() }).metadata
    .issuer;

const body = [
  '全国示范社区',
  '全国示范社区是围绕社区治理主题开展的示范创建活动,为推进社区建设提供样板。',
  '2020年5月,教育部确认北京市东城区等10个单位为示范社区,实验时间为期三年。',
];

describe('a cut last sentence signs nothing', () => {
  it('with a half-width comma before the organ', () => {
    expect(issuer([...body, '2022年3月1日,教育部发布《教育部'].join('\n'))).toBeNull();
  });

  it('with a cited title opened after the organ', () => {
    expect(issuer([...body, '随后教育部发布《教育部'].join('\n'))).toBeNull();
  });
});
