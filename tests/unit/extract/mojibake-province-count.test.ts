/**
 * Provinces counted that carry a pilot out are its pilot areas (zones), also where a copy's
 * mojibake ate the count's 省 and the bracket's opening (等21個?。ㄗ灾螀^、直轄市)實施…試點) but left
 * its 直辖市. Control: the same count of provinces' delegates at a training carries nothing out.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const approval = (clause: string) =>
  readResolved(
    `國務院關于同意擴大內地居民婚姻登記“跨省通辦”試點的批復\n國函〔2023〕34號\n民政部:\n一、同意擴大內地居民婚姻登記“跨省通辦”試點。調整後,${clause}\n國務院\n2023年5月12日\n`,
  );

describe('a count of provinces whose unit word is mojibake', () => {
  it('still makes the provinces carrying the pilot out its areas', () => {
    const { n, codes } = approval(
      '在北京、天津、河北等3個?。ㄗ灾螀^、直轄市)實施結婚登記和離婚登記“跨省通辦”試點。',
    );
    expect(codes).toEqual(['110000', '120000', '130000']);
    expect(n.records.map((r) => r.kind)).toEqual(['zone', 'zone', 'zone']);
  });

  it('makes no areas of provinces whose delegates attend a training', () => {
    const { n } = approval('北京、天津、河北等3個?。ㄗ灾螀^、直轄市)的代表參加了試點工作培訓。');
    expect(n.records.filter((r) => r.kind === 'zone')).toEqual([]);
  });
});
