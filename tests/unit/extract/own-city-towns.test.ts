/**
 * A city's notice listing its communities one a line as street or town + community, no county
 * written for any of them, or written once inside one line: the division list places each town
 * of the named city in its county, and a county written in one line is no label of the next.
 * Composed in other places than any notice read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TEXT = [
  '湘潭市某某协会关于认定示范社区的通知',
  '各县(市、区):',
  '经申报、推荐、评审,决定认定窑湾街道某甲社区等4个社区为“湘潭市示范社区”。',
  '湘潭市某某协会',
  '2020年5月6日',
  '湘潭市示范社区名单',
  '窑湾街道某甲社区',
  '湘乡市东山街道某乙社区',
  '花石镇某丙村',
  '韶山乡某丁村',
].join('\n');

describe('bare towns of the one city a notice names', () => {
  it('are read one a line and placed in their counties', () => {
    // The lead's quoted honour (“湘潭市示范社区”) is read on its own at the city, as before.
    const { codes } = readResolved(TEXT);
    expect(codes.filter((c) => c !== '430300')).toEqual(['430302', '430381', '430321', '430382']);
  });

  it('are read where only the city places them, a line at a time', () => {
    const { codes } = readResolved(
      [
        '湘潭市某某协会',
        '2020年5月6日',
        '附件',
        '湘潭市示范社区名单',
        '窑湾街道某甲社区',
        '韶山乡某丁村',
        '花石镇某丙村',
        '东山街道某乙社区',
        '易俗河镇某戊社区',
      ].join('\n'),
    );
    expect(codes).toEqual(['430302', '430382', '430321', '430381', '430321']);
  });

  it('are not read in another city the notice does not name', () => {
    const { codes } = readResolved(TEXT.replaceAll('湘潭市', '某某市'));
    expect(codes).not.toContain('430321');
  });
});
