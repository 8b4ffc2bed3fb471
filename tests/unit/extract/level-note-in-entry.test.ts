/**
 * A unit's administrative level in brackets inside an entry ("某社区（街道级）某社区", a
 * community office at street level over the community): an aside on the unit before it. The
 * entry is still one community of the labelled county, and the enumeration it stands in goes on
 * (it used to read as the place doing something, which dropped the whole list).
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't.txt' });
const entries = (text: string) =>
  extract(text).records.map((r) => [r.regionText, r.regionContext?.county ?? null]);

describe('a level note in brackets inside an entry', () => {
  it('keeps the entry and the rest of the county’s line', () => {
    expect(
      entries(
        '甲市首批示范社区名单如下：\n东湖县：城关镇北门社区、西岭镇新桥社区\n南山区：青石街道柳岸社区、方园社区（街道级）翠苑社区、桂花街道云溪社区',
      ),
    ).toEqual([
      ['城关镇北门社区', '东湖县'],
      ['西岭镇新桥社区', '东湖县'],
      ['青石街道柳岸社区', '南山区'],
      ['方园社区（街道级）翠苑社区', '南山区'],
      ['桂花街道云溪社区', '南山区'],
    ]);
  });

  it('reads the same with a half-width bracket as the last entry', () => {
    const got = entries('南山区：青石街道柳岸社区、方园社区(街道级)翠苑社区');
    expect(got.map((e) => e[0])).toEqual(['青石街道柳岸社区', '方园社区(街道级)翠苑社区']);
  });
});
