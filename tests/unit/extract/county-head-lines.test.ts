/**
 * A county on a line of its own over lines that give only town and village ("宁化县" /
 * "泉上镇谢新村" / "湖村镇龙头村" / "明溪县" / …): the county heads its group and places the
 * lines below it; it is never an entry of its own. A list of bare counties stays a list, and a
 * place named again below its list (a photo caption) is not a further entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('county lines over town-and-village lines', () => {
  it('reads each county as the place of the lines below it, not as an entry', () => {
    const { n, codes } = read([
      '附件：第一批国家森林乡村入选名单',
      '宁化县',
      '泉上镇谢新村',
      '湖村镇龙头村',
      '明溪县',
      '盖洋镇村头村',
      '永安市',
      '大湖镇岭干村',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '泉上镇谢新村',
      '湖村镇龙头村',
      '盖洋镇村头村',
      '大湖镇岭干村',
    ]);
    expect(n.records.map((r) => r.regionContext?.county)).toEqual([
      '宁化县',
      '宁化县',
      '明溪县',
      '永安市',
    ]);
    expect(codes.map((c) => c?.slice(0, 6))).toEqual(['350424', '350424', '350421', '350481']);
  });

  it('a county padded to three characters ("沙 县") heads its group too', () => {
    const { n } = read([
      '附件：入选名单',
      '将乐县',
      '南口镇蛟湖村',
      '沙 县',
      '大洛镇昌荣村',
      '高砂镇樟墩村',
    ]);
    expect(n.records.map((r) => `${r.regionContext?.county ?? ''}/${r.regionText ?? ''}`)).toEqual([
      '将乐县/南口镇蛟湖村',
      '沙县/大洛镇昌荣村',
      '沙县/高砂镇樟墩村',
    ]);
  });

  it('leaves a list of counties alone', () => {
    const { n } = read(['实验区名单如下：', '宁化县', '明溪县', '永安市', '沙县']);
    expect(n.records.map((r) => r.regionText)).toEqual(['宁化县', '明溪县', '永安市', '沙县']);
  });
});

describe('a place named again below its list', () => {
  it('is the same entry (a photo caption), not one more', () => {
    const { n } = read([
      '四川入选全国乡村旅游重点村名单',
      '成都市郫都区唐昌街道战旗村',
      '成都市蒲江县甘溪镇明月村',
      '德阳市绵竹市孝德镇年画村',
      '郫都区唐昌街道战旗村',
    ]);
    expect(n.records.map((r) => r.regionText).filter((t) => t?.includes('村'))).toEqual([
      '成都市郫都区唐昌街道战旗村',
      '成都市蒲江县甘溪镇明月村',
      '德阳市绵竹市孝德镇年画村',
    ]);
  });
});
