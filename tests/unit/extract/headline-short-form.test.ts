/**
 * A story's headline names its unit short (county and unit), the story below names it in full
 * with the street between, after a dateline and the reporters' bracket; composed here with
 * places of one real county, the communities' names common ones or made up.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HONOUR = '被授予“全国综合减灾示范社区”称号';
const BYLINE = '本报讯（记者 王五 通讯员 赵六）';

describe('a headline’s short form of the unit the story names in full', () => {
  it('is that one unit, the story’s full name standing', () => {
    const { n, codes } = readResolved(
      `醴陵市新华社区${HONOUR}\n${BYLINE}醴陵市来龙门街道新华社区日前${HONOUR}，是全市唯一一个。`,
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['醴陵市来龙门街道新华社区']);
    expect(codes).toEqual(['430281']);
  });

  it('so is it when the street office is written 办事处', () => {
    const { n } = readResolved(
      `醴陵市新华社区${HONOUR}\n${BYLINE}醴陵市来龙门办事处新华社区日前${HONOUR}。`,
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['醴陵市来龙门办事处新华社区']);
  });

  it('a community written straight after its county is one unit, no second place', () => {
    // 新华社区 is a name many counties have: the division list knows it elsewhere.
    const { n, codes } = readResolved(`喜讯\n醴陵市新华社区${HONOUR}。`);
    expect(n.records.map((r) => r.regionText)).toEqual(['醴陵市新华社区']);
    expect(codes).toEqual(['430281']);
  });

  it('reads the unit right after the reporters’ bracket', () => {
    const { n } = readResolved(`喜讯\n${BYLINE}醴陵市来龙门街道青禾社区日前${HONOUR}。`);
    expect(n.records.map((r) => r.regionText)).toEqual(['醴陵市来龙门街道青禾社区']);
  });

  it('keeps two communities of one name in two streets of the county, both in the story', () => {
    const { n } = readResolved(
      `喜讯\n${BYLINE}醴陵市来龙门街道青禾社区日前${HONOUR}。\n同日，醴陵市阳三石街道青禾社区${HONOUR}。`,
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '醴陵市来龙门街道青禾社区',
      '醴陵市阳三石街道青禾社区',
    ]);
  });

  it('keeps both when the headline’s short form has two full forms below it', () => {
    const { n } = readResolved(
      `醴陵市青禾社区${HONOUR}\n${BYLINE}醴陵市来龙门街道青禾社区日前${HONOUR}。\n同日，醴陵市阳三石街道青禾社区${HONOUR}。`,
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '醴陵市来龙门街道青禾社区',
      '醴陵市阳三石街道青禾社区',
    ]);
  });
});
