/**
 * A feature on one county told from the pilot area it entered ("入选国家…试点地区以来，某县…") has
 * that county as its one unit, a zone (试点地区 lists zones), as "自…被批准为…实验区以来" does.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const FEATURE = (frame: string) =>
  ['“三融合”打造数字乡村“息烽样本”', '风起南望山，云涌乌江岸。', frame].join('\n');

describe('a county telling the pilot area it entered', () => {
  it('after 入选…试点地区以来 is the feature’s one unit', () => {
    const { n, codes } = readResolved(
      FEATURE('入选国家数字乡村试点地区以来，息烽县明确工作目标，紧盯重点任务，大胆探索。'),
    );
    expect(codes).toEqual(['520122']);
    expect(n.records[0]?.kind).toBe('zone');
  });

  it('is nothing when several counties share the frame (control)', () => {
    const { n } = readResolved(
      FEATURE('入选国家数字乡村试点地区以来，息烽县、修文县、开阳县明确工作目标，大胆探索。'),
    );
    expect(n.records).toEqual([]);
  });

  it('is nothing after an honour that is no pilot area (control)', () => {
    const { n } = readResolved(
      FEATURE('入选全国文明城市提名城市以来，息烽县明确工作目标，紧盯重点任务，大胆探索。'),
    );
    expect(n.records).toEqual([]);
  });
});
