/**
 * A 公示 whose site masked the district and street of most units ("******街道某某社区") and
 * the office that signs it: the masked units are entries in the city the list's title names,
 * the lines written in full are read as written, the masked office is no issuer, and the lead's
 * "…为某市首批…社区" names the batch, no community. Composed from our own sentences; the places
 * are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TEXT = [
  '根据有关工作要求，经各区推荐、实地评估，拟认定******街道玉林社区等4个社区为成都市首批美育示范社区，现予以公示。',
  '联系电话：028-******',
  '************办公室',
  '2024年6月3日',
  '附件',
  '2024年成都市首批美育示范社区拟认定名单',
  '******街道玉林社区',
  '锦江区书院街街道和平社区',
  '******街道桐梓林社区',
  '成都高新区芳草街道芳草社区',
].join('\n');

describe('a list whose site masked the units’ district and street', () => {
  it('reads the masked units at the city its title names, the others as written', () => {
    const { n, codes } = readResolved(TEXT);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '成都市******街道玉林社区',
      '锦江区书院街街道和平社区',
      '成都市******街道桐梓林社区',
      expect.stringContaining('芳草社区'),
    ]);
    expect(codes.slice(0, 3)).toEqual(['510100', '510104', '510100']);
  });

  it('reads no issuer from a masked signature', () => {
    expect(readResolved(TEXT).n.metadata.issuer).toBeNull();
  });

  it('leaves lines with nothing masked to the other readers', () => {
    const { n } = readResolved(TEXT.replace(/\*{6}街道/g, '武侯区玉林街道'));
    expect(n.records.some((r) => r.regionText?.startsWith('成都市武侯区'))).toBe(false);
  });
});
