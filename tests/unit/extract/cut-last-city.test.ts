/**
 * A list the copy cut off inside its last entry: a city alone closing the text where every entry
 * above is a county is the start of a county's name, no unit. Where the list goes on, where
 * cities stand among its entries, or where too few entries show the list's level, it is kept;
 * and only where the copy shows the cut (the city written short, or a count above the list the
 * entries fall short of): a complete list may close on a city that is a unit of its own.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = [
  '关于公布2011年度国家慢性病综合防控示范区考评结果的通知',
  '附件：2011年度国家慢性病综合防控示范区名单',
  '2011年度国家慢性病综合防控示范区名单',
];

describe('a city alone closing a cut list of counties', () => {
  it('leaves the city out and says so', () => {
    const { codes, warned } = readResolved(
      [...HEAD, '北京市：朝阳区', '天津市：西青区', '河北省：石家庄'].join('\n'),
    );
    expect(codes).toEqual(['110105', '120111']);
    expect(warned).toContain('truncated_item');
  });

  it('keeps the city where the list goes on below it', () => {
    const { codes, warned } = readResolved(
      [...HEAD, '北京市：朝阳区', '天津市：西青区', '河北省：石家庄', '山西省：太原市小店区'].join(
        '\n',
      ),
    );
    expect(codes).toContain('130100');
    expect(warned).not.toContain('truncated_item');
  });

  it('keeps a closing city where cities stand among the entries', () => {
    const { codes } = readResolved(
      [...HEAD, '北京市：朝阳区', '辽宁省：大连市', '天津市：西青区', '河北省：石家庄'].join('\n'),
    );
    expect(codes).toContain('130100');
  });

  it('keeps a closing city after a single county', () => {
    const { codes } = readResolved([...HEAD, '北京市：朝阳区', '河北省：石家庄'].join('\n'));
    expect(codes).toContain('130100');
  });

  it('leaves out a closing city written whole where the count above is not reached', () => {
    const { codes, warned } = readResolved(
      [
        ...HEAD,
        '（共93个）',
        '北京市：大兴区',
        '天津市：东丽区',
        '河北省：邯郸市复兴区，衡水市',
      ].join('\n'),
    );
    expect(codes).toEqual(['110115', '120110', '130404']);
    expect(warned).toContain('truncated_item');
  });

  it('keeps a city of its own closing a complete list (a 地级市 with no counties, a count met)', () => {
    const cases: [string[], string][] = [
      [['北京市：朝阳区', '天津市：西青区', '广东省：中山市'], '442000'],
      [['（共3个）', '北京市：朝阳区', '天津市：西青区', '河北省：衡水市'], '131100'],
      [['北京市朝阳区', '天津市西青区', '河北省迁安市', '河北省衡水市'], '131100'],
    ];
    for (const [lines, city] of cases) {
      const { codes, warned } = readResolved([...HEAD, ...lines].join('\n'));
      expect(codes).toContain(city);
      expect(warned).not.toContain('truncated_item');
    }
  });
});
