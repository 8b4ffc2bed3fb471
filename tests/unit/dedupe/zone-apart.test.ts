/**
 * A development zone and the county of its code, or two zones, are two units (dedupe/zone-apart.ts);
 * a zone written with or without its city is one, and a district named 新区 (浦东新区) is the
 * district itself, no zone beside it.
 */
import { describe, expect, it } from 'vitest';
import { zonesApart } from '../../../src/main/core/dedupe/zone-apart';

const at = (written: string, code: string) => ({ written, code });

describe('zones apart', () => {
  it('tells a zone from the county of its code', () => {
    expect(zonesApart(at('重庆市万盛经开区', '500110'), at('重庆市綦江区', '500110'))).toBe(true);
    expect(zonesApart(at('兰州市', '620100'), at('兰州新区', '620100'))).toBe(true);
  });

  it('keeps one zone written two ways, a 新区 district, and places at two codes alone', () => {
    expect(zonesApart(at('重庆市万盛经开区', '500110'), at('万盛经开区', '500110'))).toBe(false);
    expect(zonesApart(at('上海市浦东新区', '310115'), at('浦东新区', '310115'))).toBe(false);
    expect(zonesApart(at('重庆市万盛经开区', '500110'), at('重庆市黔江区', '500114'))).toBe(false);
    expect(zonesApart(at('天津市滨海新区', '120116'), at('滨海新区', '120116'))).toBe(false);
  });

  it('keeps a zone written in full and short, or by its organ, one', () => {
    expect(zonesApart(at('万盛经济技术开发区', '500110'), at('重庆市万盛经开区', '500110'))).toBe(
      false,
    );
    expect(zonesApart(at('重庆市万盛经开区', '500110'), at('万盛经开区民政局', '500110'))).toBe(
      false,
    );
    expect(zonesApart(at('兰州新区', '620100'), at('兰州新区管委会', '620100'))).toBe(false);
    // the county's organ is still the county, apart from the zone
    expect(zonesApart(at('綦江区民政局', '500110'), at('万盛经开区', '500110'))).toBe(true);
  });
});
