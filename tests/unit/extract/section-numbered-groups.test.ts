/**
 * A section number before a line that groups places ("（一）河北省：正定县、平山县",
 * "三、湖南。浏阳市", "一、建阳区" over its villages) numbers the group, not an entry: the
 * line reads as it would without the number, its label placing the names after it or below it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('section numbers before place groups', () => {
  it('reads a province label after （一） as the place of the names on its line', () => {
    const { n, codes } = read([
      '经研究，同意下列县（市）为农村社区建设实验县（市），名单如下：',
      '（一）河北省：正定县、平山县',
      '（二）山西省：平遥县',
      '（三）湖南。浏阳市、韶山市',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '正定县',
      '平山县',
      '平遥县',
      '浏阳市',
      '韶山市',
    ]);
    expect(codes).toEqual(['130123', '130131', '140728', '430181', '430382']);
  });

  it('reads a province label after 一、 the same way', () => {
    const { n, codes } = read([
      '同意下列县（市）为农村社区建设实验县（市），名单如下：',
      '一、河北省：正定县、平山县',
      '二、湖南。浏阳市',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual(['正定县', '平山县', '浏阳市']);
    expect(codes).toEqual(['130123', '130131', '430181']);
  });

  it('reads a numbered county line as the county of the village lines below it', () => {
    const { n, codes } = read([
      '近日，省林业局公布第二批省级森林村庄名单，南平市有5个村入选',
      '看看有你家乡吗？',
      '一、建阳区',
      '麻沙镇水南村',
      '书坊乡书坊村',
      '二、邵武市',
      '水北镇龙斗村',
      '三、光泽县',
      '寨里镇大洲村',
      '崇仁乡崇仁村',
    ]);
    expect(n.records.map((r) => `${r.regionContext?.county ?? ''}/${r.regionText ?? ''}`)).toEqual([
      '建阳区/麻沙镇水南村',
      '建阳区/书坊乡书坊村',
      '邵武市/水北镇龙斗村',
      '光泽县/寨里镇大洲村',
      '光泽县/崇仁乡崇仁村',
    ]);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual([
      '350703',
      '350703',
      '350781',
      '350723',
      '350723',
    ]);
  });
});
