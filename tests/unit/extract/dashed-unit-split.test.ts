/**
 * A unit whose own name carries a single dash (某生态城—中部片区) before the double dash that
 * opens its theme: the unit runs to the double dash. A single dash before a theme that itself
 * carries a double dash stays the split.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '2023年全国优秀社区工作法汇编\n\n';

describe('a unit with a dash in its name', () => {
  it('reads the unit up to the double dash', () => {
    const { n, codes } = readResolved(
      HEAD +
        '1.天津市滨海新区中新天津生态城—中部片区——完善社区议事协商制度\n' +
        '2.北京市东城区——完善社区议事协商制度\n',
    );
    expect(n.records[0]?.unit).toBe('天津市滨海新区中新天津生态城—中部片区');
    expect(n.records[0]?.title).toBe('完善社区议事协商制度');
    expect(n.records[0]?.regionText).toBe('天津市滨海新区中新天津生态城');
    expect(codes[0]).toBe('120116');
  });

  it('keeps the single dash as the split when what follows it is a theme', () => {
    const { n } = readResolved(
      HEAD + '1.北京市东城区—以党建引领——构建社区治理共同体\n2.北京市西城区——完善议事制度\n',
    );
    expect(n.records[0]?.regionText).toBe('北京市东城区');
    expect(n.records[0]?.title).toBe('以党建引领——构建社区治理共同体');
  });
});
