/**
 * A page keeping a province's part of a national list under the list's name and, on a line of
 * its own, the place and its tally in brackets ("2021年…名单" over "（湖南3个）") copies that part:
 * the lead's example of the whole list (拟推介A村等254个乡村为…) is no entry of it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD =
  '10月25日，农业农村部对2021年中国美丽休闲乡村名单进行公示。拟推介北京市门头沟区雁翅镇田庄村' +
  '等254个乡村为2021年中国美丽休闲乡村。';
const SHARE = [
  '湖南省长沙市望城区白箬铺镇光明村',
  '湖南省长沙市长沙县开慧镇开慧村',
  '湖南省郴州市北湖区保和瑶族乡小埠村',
];

const regions = (lines: string[]) =>
  readResolved(lines.join('\n')).n.records.map((r) => r.regionText);

describe('a part of a list under its name and its place’s tally', () => {
  it('leaves out the lead’s example of the whole list', () => {
    expect(
      regions([
        '湖南3个村上榜2021年中国美丽休闲乡村',
        LEAD,
        '2021年中国美丽休闲乡村名单',
        '（湖南3个）',
        ...SHARE,
      ]),
    ).toEqual(SHARE);
  });

  it('keeps the example when the tally is the whole list’s total (control)', () => {
    expect(
      regions([
        '2021年中国美丽休闲乡村名单公布',
        LEAD,
        '2021年中国美丽休闲乡村名单',
        '（共计254个）',
        ...SHARE,
      ]),
    ).toContain('北京市门头沟区雁翅镇田庄村');
  });

  it('keeps the lead’s example of another programme than the list’s name (control)', () => {
    const lead = LEAD.replace(
      '。拟推介',
      '，另有天津市蓟州区下营镇常州村等10个村为全国乡村旅游重点村。拟推介',
    );
    const read = regions([
      '湖南3个村上榜2021年中国美丽休闲乡村',
      lead,
      '2021年中国美丽休闲乡村名单',
      '（湖南3个）',
      ...SHARE,
    ]);
    expect(read).toContain('天津市蓟州区下营镇常州村');
    expect(read).not.toContain('北京市门头沟区雁翅镇田庄村');
  });

  it('keeps the example when the tally stands under no list’s name (control)', () => {
    expect(
      regions(['湖南3个村上榜2021年中国美丽休闲乡村', LEAD, '快来看看', '（湖南3个）', ...SHARE]),
    ).toContain('北京市门头沟区雁翅镇田庄村');
  });
});
