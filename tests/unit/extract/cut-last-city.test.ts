/**
 * A list the copy cut off inside its last entry: a city alone closing the text where every entry
 * above is a county is the start of a county's name, no unit. Where the list goes on, where
 * cities stand among its entries, or where too few entries show the list's level, it is kept.
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
});
