/**
 * Places counted by their level before 和 and a further place ("A、B两省和C等20个城市列为…"):
 * the count sums up the provinces so far and the enumeration goes on — each province, written
 * short, and the city after 和 are entries; none is lost to the count between them.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const NOTICE = [
  '某某综合改革试点启动',
  '近日，有关部门联合印发方案，将浙江、福建两省和厦门等20个城市（镇）列为国家某某综合改革试点地区。',
].join('\n');

describe('provinces counted by their level before 和 and a further place', () => {
  it('keeps both provinces and the city after 和', () => {
    const { codes } = readResolved(NOTICE);
    expect(codes).toEqual(['330000', '350000', '350200']);
  });

  it('reads provinces counted at the close of a run as entries', () => {
    const { codes } = readResolved(
      ['某某综合改革试点扩围', '试点范围扩大到了浙江、福建两省，涉及多个城市。'].join('\n'),
    );
    expect(codes).toEqual(['330000', '350000']);
  });
});
