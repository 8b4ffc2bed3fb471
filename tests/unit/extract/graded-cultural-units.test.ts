/**
 * Results of a grading set out grade by grade (一级馆, 二级馆…): the lines under a grade are its
 * units — a county's cultural centre, a town's cultural station — each at the place it is named
 * after, however few lines a grade holds. Composed in other places than any notice read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const CENTRES = [
  '近日,文化和旅游部公布全国文化馆评估定级结果,我市各级文化馆全部上等级。',
  '一级馆(本市部分)',
  '岳阳市文化馆',
  '岳阳市岳阳楼区文化馆',
  '华容县文化馆',
  '湘阴县文化馆',
  '二级馆(本市部分)',
  '平江县文化馆',
  '临湘市文化馆',
  '据了解,文化馆评估定级每四年进行一次。',
].join('\n');

describe('cultural centres under grade headings', () => {
  it('are entries at their places, the two lines of the second grade too', () => {
    const { codes } = readResolved(CENTRES);
    expect(codes).toEqual(['430600', '430602', '430623', '430624', '430626', '430682']);
  });

  it('a heading that is no grade of units ("优秀做法") opens no group of two lines', () => {
    const { codes } = readResolved(CENTRES.replace('二级馆(本市部分)', '优秀做法(本市部分)'));
    expect(codes).not.toContain('430626');
    expect(codes).not.toContain('430682');
  });
});

describe('a failing grade', () => {
  it('heads no group: the units under it are no entries', () => {
    const { n } = readResolved(
      [
        '全省乡镇综合文化站评估定级结果公布',
        '一级站(本市部分)',
        '华容县三封寺镇综合文化站',
        '湘阴县樟树镇综合文化站',
        '不合格站(限期整改)',
        '平江县城关镇综合文化站',
        '临湘市桃林镇综合文化站',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.unit)).toEqual([
      '华容县三封寺镇综合文化站',
      '湘阴县樟树镇综合文化站',
    ]);
  });
});

describe('town cultural stations run together in a sentence', () => {
  it('are entries at their towns’ counties', () => {
    const { codes } = readResolved(
      '经省文化和旅游厅评估,华容县三封寺镇综合文化站、华容县治河渡镇综合文化站、湘阴县樟树镇综合文化站被评为一级站。',
    );
    expect(codes).toEqual(['430623', '430623', '430624']);
  });
});
