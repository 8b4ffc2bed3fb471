/**
 * A programme named only by a scope word and a generic honour ("省级示范点", "全国试点") takes its
 * name from the words before it: the units it is conferred on ("N个某某站被评为省级示范点"), or
 * a name glued before its batch ("某某生活圈第二批全国试点"); a sentence listing two groups, each
 * with a programme of its own, gives each group's entries their own programme.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a programme named by the units before its scope word', () => {
  it('names it after the counted units the honour is conferred on', () => {
    const { n } = readResolved(
      [
        '60个乡镇（街道）养老服务站被评为省级示范点',
        '记者从江西省民政厅获悉，经评估验收，南昌市西湖区朝阳洲街道养老服务站、九江市濂溪区十里街道养老服务站等60个乡镇（街道）养老服务站被评为省级示范点。',
      ].join('\n'),
    );
    const name = n.metadata.programme?.replace(/（/g, '(').replace(/）/g, ')');
    expect(name).toMatch(/^(?:江西省)?乡镇\(街道\)养老服务站省级示范点$/);
  });
});

describe('two groups in one sentence, each with its programme', () => {
  it('gives each group its own programme', () => {
    const { n } = readResolved(
      [
        '某某服务圈试点名单公布',
        '记者从有关部门获悉，名单包括江西省南昌市、九江市等30个城市某某服务圈第三批全国试点；湖南省长沙市、株洲市等10个首批全域推进先行区试点。',
      ].join('\n'),
    );
    const programmes = n.records.map((r) => r.programme);
    expect(programmes).toHaveLength(4);
    expect(programmes[0]).toBe('全国城市某某服务圈试点');
    expect(programmes[1]).toBe(programmes[0]);
    expect(programmes[2]).not.toBe(programmes[0]);
  });
});
