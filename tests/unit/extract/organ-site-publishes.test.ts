/**
 * "交通运输部网站公布了…示范县名单" under a headline naming a province ("福建一地入选全国示范
 * 名单"): the ministry's site publishing is the ministry publishing, so the bare name is the
 * national programme, not the headline province's own. Control: with no organ publishing, the
 * headline's province still owns a bare name, as before.
 */
import { describe, expect, it } from 'vitest';
import { namedByNationalOrgan } from '../../../src/main/core/import/extract/national-act';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract';
import { readResolved } from './helpers';

const LIST = '城乡交通运输一体化\n示范县名单\n(共3个)\n北京市通州区\n天津市蓟州区\n福建省沙县区\n';

describe('an organ’s site publishing a list', () => {
  it('is the organ publishing it: the programme stays national', () => {
    const { n } = readResolved(
      '福建一地入选全国示范名单\n21日,交通运输部网站公布了城乡交通运输一体化示范县名单,决定命名53个县(市、区)为城乡交通运输一体化示范县。\n' +
        LIST,
    );
    expect(n.metadata.programme).toBe('城乡交通运输一体化示范县');
    const lookup = gazetteerRegionLookup();
    expect(namedByNationalOrgan('近日,交通运输部官网发布《关于命名…的通知》', lookup)).toBe(true);
  });

  it('leaves a province’s own organ and a lead with no organ alone', () => {
    const lookup = gazetteerRegionLookup();
    expect(namedByNationalOrgan('近日,湖北省交通运输厅网站公布了名单', lookup)).toBe(false);
    expect(namedByNationalOrgan('近日,名单在网站公布', lookup)).toBe(false);
  });
});
