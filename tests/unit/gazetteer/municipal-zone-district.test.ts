/**
 * A municipality's zone named after one of its districts stands for that district
 * (gazetteer/municipal-zone-district.ts), a former one included (万盛经开区: the former 万盛区,
 * its code kept by 綦江区); a zone named for no district stays the municipality's.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

const at = (text: string) => resolveRegion(text, { asOf: '2021-10-30' });

describe('a municipality’s zone named after its district', () => {
  it('reads 重庆市万盛经开区 at 万盛区’s code, as the zone written bare reads', () => {
    expect(at('重庆市万盛经开区').regionCode).toBe('500110');
    expect(at('万盛经开区').regionCode).toBe('500110');
    expect(at('重庆市璧山高新区').regionCode).toBe('500120'); // 璧山县 became 璧山区: today's
    expect(at('重庆市万盛经开区').note).toContain('请核对');
  });

  it('keeps a zone named for no district at its municipality', () => {
    expect(at('重庆市两江新区').regionCode).toBe('500000');
    expect(at('上海市张江高新区').regionCode).toBe('310000');
    expect(at('天津市滨海高新区').regionCode).toBe('120000');
  });
});
