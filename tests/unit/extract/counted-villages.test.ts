/**
 * Villages written as their township and a place name without 村 (庄, 寨, 屯, or a bare name),
 * counted as villages by the run's own count; composed with one real county's townships and
 * made-up hamlets.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const RUN = '醴陵市白兔潭镇老王庄、浦口镇石门寨、浦口镇柳家屯、王仙镇青溪';

describe('a counted run of villages written without 村', () => {
  it('makes each item a village under its township when the count agrees', () => {
    const { n, codes, warned } = readResolved(
      `喜讯\n近日，第一批传统村落名单公布，${RUN}4个村被评为“省级传统村落”。`,
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '醴陵市白兔潭镇老王庄',
      '浦口镇石门寨',
      '浦口镇柳家屯',
      '王仙镇青溪',
    ]);
    expect(codes).toEqual(['430281', '430281', '430281', '430281']);
    expect(warned).not.toContain('count_mismatch');
  });

  it('reads the same run written in traditional characters', () => {
    const { codes } = readResolved(
      '喜訊\n近日，第一批傳統村落名單公佈，醴陵市白兔潭鎮老王莊、浦口鎮石門寨、浦口鎮柳家屯、王仙鎮青溪4個村被評為“省級傳統村落”。',
    );
    expect(codes).toEqual(['430281', '430281', '430281', '430281']);
  });

  it('still warns when the count disagrees with the items', () => {
    const { warned } = readResolved(
      `喜讯\n近日，第一批传统村落名单公布，${RUN}5个村被评为“省级传统村落”。`,
    );
    expect(warned).toContain('count_mismatch');
  });

  it('reads no such run when the count is not of villages', () => {
    const { n } = readResolved(
      `喜讯\n近日，第一批传统村落名单公布，${RUN}4个景区被评为“省级旅游景区”。`,
    );
    expect(n.records.map((r) => r.regionText)).not.toContain('浦口镇石门寨');
  });
});
