/**
 * A page that gives its own batch's list and then appends an earlier batch's list under that
 * batch's own title line ("附：第一批…名单") retells the earlier batch: its units are mentions of
 * that batch's records (`retold`), never entries of the notice's own batch.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const OWN = [
  '第二批广东名镇名村名单出炉 4 镇5 村上榜',
  '本报讯 近日，省委农办和省住房城乡建设厅联合公布了第二批广东名镇名村名单。',
  '第二批名镇名村河源上榜名单：',
  '名镇（4 个）：紫金县苏区镇、东源县义合镇、源城区埔前镇、和平县下车镇。',
  '名村（5 个）：',
  '东源县：仙湖村、金史村、东星村；',
  '龙川县：小参村、东江村。',
];

describe('an earlier batch appended under its own title line', () => {
  it('is retold with its batch, after the notice’s own entries', () => {
    const { n, codes } = readResolved(
      [
        ...OWN,
        '附：第一批名镇名村河源上榜名单',
        '名镇（1 个）：龙川县佗城镇。',
        '名村（3 个）：东源县仙塘镇红光村、义合镇义合村，紫金县苏区镇炮子村。',
      ].join('\n'),
    );
    const own = n.records.filter((r) => !r.retold);
    expect(own).toHaveLength(9);
    expect(own.every((r) => r.batch === '第二批')).toBe(true);
    const retold = n.records.filter((r) => r.retold);
    expect(retold.map((r) => r.batch)).toEqual(['第一批', '第一批', '第一批', '第一批']);
    expect(codes.slice(own.length)).toEqual(['441622', '441625', '441625', '441621']);
  });

  it('leaves a later batch’s title line an entry of the notice (control)', () => {
    const { n } = readResolved(
      [
        '关于公布名镇名村名单的通知',
        '第一批名镇名村名单',
        '名镇（2 个）：紫金县苏区镇、东源县义合镇。',
        '第二批名镇名村名单',
        '名镇（2 个）：源城区埔前镇、和平县下车镇。',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(4);
    expect(n.records.some((r) => r.retold)).toBe(false);
  });

  it('leaves an earlier batch’s list under its bare title an entry of the notice (control)', () => {
    const { n } = readResolved(
      [...OWN, '第一批名镇名村河源上榜名单', '名镇（2 个）：龙川县佗城镇、连平县忠信镇。'].join(
        '\n',
      ),
    );
    expect(n.records.some((r) => r.retold && r.batch === '第一批')).toBe(false);
  });

  it('leaves a batch named inside a sentence alone (control)', () => {
    const { n } = readResolved(
      [...OWN, '此前第一批名单中，我市有龙川县佗城镇、东源县仙塘镇红光村入选，今年继续推进。'].join(
        '\n',
      ),
    );
    const titled = n.records.filter((r) => r.retold && r.batch === '第一批');
    // The sentence is no list title: whatever else reads it, this rule does not.
    expect(n.records.filter((r) => !r.retold).length).toBeGreaterThanOrEqual(9);
    expect(titled.length).toBeLessThanOrEqual(2);
  });
});
