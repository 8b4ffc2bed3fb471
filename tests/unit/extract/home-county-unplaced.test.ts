/**
 * A unit the division list places nowhere (a township merged away since the notice, a
 * community renamed, a name many counties share) in a notice of one county is that county's:
 * the notice gives it no other place. A township one other county holds stays that county's,
 * and with no home county such a unit stays unplaced.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

/** A county-level city's decision naming its civilised towns and communities (composed). */
const decision = (county: string, units: string[], source = '文明网', after: string[] = []) =>
  readResolved(
    [
      `发表时间:2018-07-12 | 来源:${source}`,
      '各乡镇(街道)、市级各部门,各企事业单位:',
      '经过严格评选和公示,市文明委决定,授予丽春镇、葛仙山镇2个乡镇,翠柏街道松涛社区等3个社区为文明村镇称号。',
      `附件:2017年度新创${county}级文明村镇名单`,
      `${county}精神文明建设委员会`,
      '2018年1月1日',
      '附件',
      `2017年度新创${county}文明村镇名单`,
      '(共计5个单位)',
      '一、文明镇(2个)',
      '丽春镇、葛仙山镇',
      '二、文明村(3个)',
      ...units,
      ...after,
    ].join('\n'),
  );

describe('units the division list places nowhere, in a notice of one county', () => {
  it('places them in the county the notice names', () => {
    const { n, codes } = decision('彭州市', ['翠柏街道松涛社区', '凤鸣镇竹溪社区、竹林社区']);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '翠柏街道松涛社区',
      '凤鸣镇竹溪社区',
      '竹林社区',
    ]);
    expect(codes).toEqual(['510182', '510182', '510182']);
  });

  it('leaves a township one other county holds where it lies', () => {
    const { n, codes } = decision('彭州市', ['翠柏街道松涛社区', '新碶街道', '凤鸣镇竹溪社区']);
    const i = n.records.findIndex((r) => r.regionText === '新碶街道');
    expect(codes[i]).not.toBe('510182');
  });

  it('places nothing in a notice that names no county', () => {
    const { codes } = decision('', ['翠柏街道松涛社区', '凤鸣镇竹溪社区、竹林社区']);
    expect(codes.filter((c) => c !== null)).toEqual([]);
  });

  it('forces nothing into a county named only at the head of one entry', () => {
    const { n, codes } = decision('', ['翠柏街道松涛社区', '凤鸣镇竹溪社区、竹林社区'], '文明网', [
      '此次评选,认定彭州市丽春镇红星村等223个村为文明村镇。',
    ]);
    const units = n.records.map((r, i) => [r.regionText, codes[i]]);
    expect(units.filter(([p, c]) => !p?.startsWith('彭州市') && c === '510182')).toEqual([]);
  });
});
