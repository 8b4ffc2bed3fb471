/**
 * A table listing pilots in a city column and a county column by province, where a row says the
 * whole province takes part ("吉林 | 整省试点 |"): the province is the row's entry. A lead naming
 * the whole provinces beside the table keeps the one the cut table never reaches.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TABLE = [
  '附件：综合改革试点单位名单',
  '省份\t试点地市\t试点县（市、区）',
  '天津\t——\t武清区',
  '河北\t石家庄市、邯郸市\t怀来县、卢龙县、望都县',
  '吉林\t整省试点\t',
  '黑龙江\t哈尔滨市、牡丹江市\t克山县、龙江县',
  '江苏\t整省试点\t',
  '浙江\t宁波市、湖州市\t桐庐县、建德市',
];

describe('a row whose entry columns say the whole province', () => {
  it('is the province itself, no unreadable place', () => {
    const { n, codes } = readResolved(['某部确定综合改革试点单位', ...TABLE].join('\n'));
    expect(codes).toContain('220000');
    expect(codes).toContain('320000');
    expect(codes).not.toContain(null);
    expect(n.records.map((r) => r.regionText)).not.toContain('吉林整省试点');
  });

  it('leaves the lead the province the table does not show', () => {
    const { codes } = readResolved(
      [
        '某部确定综合改革试点单位',
        '经研究，同意吉林、江苏、山东3个省、河北省石家庄市等50个地市、天津市武清区等150个县（市、区）为综合改革试点单位。',
        ...TABLE,
      ].join('\n'),
    );
    expect(codes.filter((c) => c === '220000')).toHaveLength(1);
    expect(codes).toContain('370000');
    expect(codes).not.toContain(null);
  });
});
