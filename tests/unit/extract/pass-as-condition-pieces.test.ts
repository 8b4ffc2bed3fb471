/**
 * A prose list's units followed by a pass told as a condition of a duty ("…等3个县通过县级验收后
 * 上报省民政厅") or a plan ("…将于年底前进行验收"): what is asked of them, no outcome. Controls: a
 * pass told outright, and a pass told with what followed it as done ("…通过省级验收后被正式命名
 * 为示范县"), are still the units' acceptance.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '关于示范县创建工作的通知\n各市民政局：\n';
const outcomes = (body: string) =>
  readResolved(`${HEAD}${body}\n`).n.records.map((r) => [r.regionText, r.outcome?.status ?? null]);

describe('a pass told as the condition of a duty', () => {
  it('gives the units no outcome', () => {
    expect(
      outcomes('经研究，确定安化县、桃江县、赫山区等3个县通过县级验收后上报省民政厅。'),
    ).toEqual([
      ['安化县', null],
      ['桃江县', null],
      ['赫山区', null],
    ]);
  });

  it('still reads a pass told outright or with what followed it as done', () => {
    const passed = [
      ['安化县', '已验收'],
      ['桃江县', '已验收'],
      ['赫山区', '已验收'],
    ];
    expect(outcomes('经研究，安化县、桃江县、赫山区等3个县通过省级验收。')).toEqual(passed);
    expect(
      outcomes('经研究，安化县、桃江县、赫山区等3个县通过省级验收后被正式命名为示范县。'),
    ).toEqual(passed);
  });
});
