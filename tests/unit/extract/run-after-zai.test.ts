/**
 * A run of places carrying a pilot out, opened by 在 at a clause's start or after 同意 ("调整后，在
 * 北京、天津、河北等3个省…实施…试点", "同意在南京、苏州…等3个城市开展…试点"): the first place starts
 * after 在, as it does after 将在 or 拟在, and is read with the rest. Controls: a 在 that places
 * something else before the run (在南京召开会议，…; 在民政部指导下，…) makes no record of its place.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TITLE = '关于同意扩大某某服务试点的批复\n';
const places = (text: string) =>
  readResolved(TITLE + text + '\n').n.records.map((r) => r.regionText);

describe('a run of places opened by 在', () => {
  it('keeps its first province at a clause start', () => {
    expect(places('调整后，在北京、天津、河北等3个省(自治区、直辖市)实施某某服务试点。')).toEqual([
      '北京',
      '天津',
      '河北',
    ]);
  });

  it('keeps its first city after 同意', () => {
    expect(places('同意在南京、苏州、无锡等3个城市开展某某服务试点。')).toEqual([
      '南京',
      '苏州',
      '无锡',
    ]);
  });

  it('leaves a place where something else happens before the run', () => {
    expect(places('在南京召开会议，苏州、无锡等2个城市开展某某服务试点。')).toEqual([
      '苏州',
      '无锡',
    ]);
    expect(places('在民政部指导下，北京、天津等2个省份开展某某服务试点。')).toEqual([
      '北京',
      '天津',
    ]);
  });
});
