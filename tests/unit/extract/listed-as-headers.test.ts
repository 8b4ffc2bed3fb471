/**
 * A place column headed by the programme's word for what it lists before the level
 * ("示范区城市", "试点地市", "试点县（市、区）") is the column of the listed places, read as a plain
 * 城市 or 县 header is: a grade table under such a header gives its places with their grades,
 * beside a column of the country's regions (东部地区) that is no place.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('place headers opening with the programme word', () => {
  it('reads a graded table headed 示范区城市 beside a column of macro-regions', () => {
    const { n, codes } = readResolved(
      [
        '经过验收，某某示范区名单公布。',
        '地区\t序号\t示范区城市\t等级',
        '东部地区\t1\t浙江省湖州市\t优秀',
        '\t2\t山东省威海市\t良好',
        '中部地区\t1\t江西省赣州市\t良好',
      ].join('\n'),
    );
    expect(codes).toEqual(['330500', '371000', '360700']);
    expect(n.records.map((r) => r.outcome?.grade)).toEqual(['优秀', '良好', '良好']);
  });

  it('keeps a header that is no place column after the word as it was', () => {
    const { n } = readResolved(
      ['附件：某某试点项目名单', '序号\t试点项目\t承担单位', '1\t社区议事厅建设\t某某协会'].join(
        '\n',
      ),
    );
    expect(n.records.map((r) => r.title)).toEqual(['社区议事厅建设']);
  });
});
