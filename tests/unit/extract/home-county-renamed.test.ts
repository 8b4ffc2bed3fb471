/**
 * A county moved to another city keeps its name, so the division list holds it twice: the old
 * code, ended, whose successor is the new one (枞阳县 from 安庆 to 铜陵 in 2016). Written in full
 * it is still one county, and a notice of it has a home county; two live counties of one name
 * (新华区 in 石家庄 and in 沧州) stay unread.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { readResolved } from './helpers';

describe('a county written in full that the division list holds before and after a move', () => {
  it('reads as the one county, at the place the date gives', () => {
    expect(gazetteerRegionLookup().countyWritten?.('枞阳县')).toEqual({
      province: '安徽省',
      city: '铜陵市',
      county: '枞阳县',
    });
    expect(gazetteerRegionLookup({ asOf: '2014-05-01' }).countyWritten?.('枞阳县')).toEqual({
      province: '安徽省',
      city: '安庆市',
      county: '枞阳县',
    });
  });

  it('leaves two live counties of one name unread', () => {
    expect(gazetteerRegionLookup().countyWritten?.('新华区')).toBeNull();
  });

  it('gives a notice of that county its home county, so its bare towns are placed there', () => {
    const { n, codes } = readResolved(
      [
        '发表时间:2019-07-12 | 来源:枞阳文明网',
        '各乡镇、县直各单位:',
        '经过严格评选和公示,县文明委决定,授予浮山镇、汤沟镇2个乡镇为文明村镇称号。',
        '附件:2018年度新创枞阳县级文明村镇名单',
        '枞阳县精神文明建设委员会',
        '2019年1月1日',
        '附件',
        '2018年度新创枞阳县文明村镇名单',
        '一、文明镇(2个)',
        '浮山镇、汤沟镇',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['浮山镇', '汤沟镇']);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['340722', '340722']);
  });
});
