/**
 * A round counted by its first units in the clause naming it ("评定“甲家庭农场”等238家家庭农场为
 * “2023年省级示范家庭农场”") counts the list under the heading naming that round, its groups'
 * own counts too ("忻州市（17家）"): a page cut after its first group says so. Controls: groups
 * adding up to the round's total, a round counted that the heading does not name, a group's count
 * alone.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD = (count: string, round = '2023年省级示范家庭农场') => [
  '关于公布2023年省级示范家庭农场名单的通知',
  '各市农业农村局：',
  `经评审，决定评定“娄烦县腾凯家庭农场”等${count}家家庭农场为“${round}”。`,
  '山西省农业农村厅办公室',
  '2023年10月25日',
  '2023年省级示范家庭农场名单',
];
const XINZHOU = ['忻州市（3家）', '偏关县惠泽家庭农场', '岢岚县金田家庭农场', '河曲县丰裕养殖场'];
const TAIYUAN = ['太原市（2家）', '娄烦县腾凯家庭农场', '清徐县阳光种植家庭农场'];

const mismatches = (lines: string[]) =>
  readResolved(lines.join('\n')).n.warnings.filter((w) => w.code === 'count_mismatch');

describe('a round counted by its first units over a list counted by its groups', () => {
  it('says the list cut after its first group falls short of the round', () => {
    const got = mismatches([...LEAD('238'), ...XINZHOU, '点击阅读原文查看全部名单']);
    expect(got.map((w) => [w.stated, w.found])).toEqual([[238, 3]]);
  });

  it('says nothing where the groups add up to the round (control)', () => {
    expect(mismatches([...LEAD('5'), ...XINZHOU, ...TAIYUAN])).toEqual([]);
  });

  it('says nothing where the round counted is not the one the heading names (control)', () => {
    expect(mismatches([...LEAD('238', '2023年家庭农场示范县'), ...XINZHOU])).toEqual([]);
  });

  it('a group short of its own count is said by the group alone (control)', () => {
    const got = mismatches([...LEAD('5'), ...XINZHOU.slice(0, 3), ...TAIYUAN]);
    expect(got.map((w) => [w.category ?? null, w.stated, w.found])).toEqual([['忻州市', 3, 2]]);
  });
});

describe('a round counted by its first units over a list with no groups', () => {
  const lines = (count: string) => [
    '关于公布2023年省级示范家庭农场名单的通知',
    `决定评定“偏关县惠泽家庭农场”等${count}家家庭农场为“2023年省级示范家庭农场”。`,
    '2023年省级示范家庭农场名单',
    '偏关县惠泽家庭农场',
    '岢岚县金田家庭农场',
    '河曲县丰裕养殖场',
  ];

  it('says the list short of the round', () => {
    expect(mismatches(lines('12')).map((w) => [w.stated, w.found])).toEqual([[12, 3]]);
  });

  it('says nothing where the list holds the round (control)', () => {
    expect(mismatches(lines('3'))).toEqual([]);
  });
});
