/**
 * A province's share told with 有 ("某省有A区、B市、C县等3个县(区)市被确定为…"): the first unit
 * starts after 有 and lies in that province, as after 的; the province itself is no entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a province’s share after 有', () => {
  it('reads the first unit after 有, in that province', () => {
    const { codes } = readResolved(
      [
        '某地这3个县区被点名',
        '近日，农业部确定了第二批国家农机安全创建试点单位。',
        '山东省有历下区、章丘区、平阴县等3个县(区)被确定为创建试点。',
      ].join('\n'),
    );
    expect(codes).toEqual(['370102', '370114', '370124']);
  });

  it('reads a city after 共有 the same way', () => {
    const { codes } = readResolved(
      ['某地名单', '江苏省共有徐州市、沛县、丰县等3个市县被确定为创建试点。'].join('\n'),
    );
    expect(codes).toEqual(['320300', '320322', '320321']);
  });

  it('keeps a province that has no unit after 有 as it was read', () => {
    const { codes } = readResolved(
      ['某地名单', '山东省有关部门确定历下区、章丘区、平阴县等3个县(区)为创建试点。'].join('\n'),
    );
    expect(codes).not.toContain('370000');
  });
});
