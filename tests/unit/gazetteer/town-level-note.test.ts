/**
 * The statistical table lists some units at town level with their level in brackets
 * ("某某经开区（镇）"); notices write them without the note, after their county or after the
 * city's zone word written short, and the town is found as written.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a town the table lists with its level in brackets', () => {
  it('is found written without the note, under its county', () => {
    const r = resolveRegion('苏州市虎丘区浒墅关经开区');
    expect(r.level).toBe('town');
    expect(r.code).toBe('320505400');
  });

  it('places a zone written short before it at the town’s county', () => {
    expect(
      resolveRegion('高新区浒墅关经开区青灯社区', { context: '江苏省苏州市' }).regionCode,
    ).toBe('320505');
  });
});
