/**
 * The county a story's run of towns and villages lies in when it never names one: only the
 * one county that holds every town, each with its village where one is written.
 */
import { describe, expect, it } from 'vitest';
import { countyOfTowns } from '../../../src/main/core/gazetteer/index';

describe('the county of a run of towns', () => {
  it('is the one county that holds every town and its village; a bare village keeps the town before it', () => {
    expect(countyOfTowns(['递铺街道鲁家村', '天荒坪镇余村', '井村'])).toEqual({
      province: '浙江省',
      city: '湖州市',
      county: '安吉县',
    });
  });

  it('matches a village the lists name for its people ("三乡瑶族村" written "三乡村")', () => {
    expect(countyOfTowns(['春湾镇三乡村'])?.county).toBe('阳春市');
  });

  it('is nothing for towns of different counties, a town alone, or a village its town lacks', () => {
    expect(countyOfTowns(['天荒坪镇余村', '春湾镇三乡村'])).toBeNull();
    expect(countyOfTowns(['天荒坪镇'])).toBeNull();
    expect(countyOfTowns(['天荒坪镇鲁家村'])).toBeNull();
    expect(countyOfTowns(['城关镇'])).toBeNull();
  });
});
