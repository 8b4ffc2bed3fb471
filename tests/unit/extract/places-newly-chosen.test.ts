/**
 * "湖北3地新入选" under a daily's headline: a place and a count of its units chosen newly (or
 * again) is a line summing up the list, not the heading of one case written up below, so the
 * item's own sentence gives its units. Control: a place with a title of its own over its
 * write-up is still a case.
 */
import { describe, expect, it } from 'vitest';
import { countsDivisions } from '../../../src/main/core/import/extract/short-place';
import { readResolved } from './helpers';

describe('a place and its count chosen newly', () => {
  it('counts divisions, so the sentence below gives the units', () => {
    expect(countsDivisions('3地新入选')).toBe(true);
    expect(countsDivisions('两地再次入选')).toBe(true);
    const { n, codes } = readResolved(
      '全国城乡交通运输一体化示范县名单公布\n湖北3地新入选\n' +
        '湖北日报讯 来自省交通运输厅的消息,全国第二批53个县(市、区)城乡交通运输一体化示范县名单公布,湖北赤壁市、红安县、老河口市入选。\n' +
        '此次入选的赤壁市在全省率先实现公交公营率达到100%,农村客运票价大幅降低,切实惠民利民。\n',
    );
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
    expect(codes).toEqual(['421281', '421122', '420682']);
  });

  it('leaves a tally’s words after the verb and a titled write-up alone', () => {
    expect(countsDivisions('两地入选村庄最多')).toBe(false);
    expect(countsDivisions('3地新建站点')).toBe(false);
  });
});
