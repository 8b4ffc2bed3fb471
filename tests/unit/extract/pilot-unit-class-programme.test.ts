/**
 * Units relayed as a pilot's class alone ("A、B被确定为新疆的两个试点城市") under a page naming the
 * pilot: 试点城市 names no programme of its own, so the entries are the page's pilot's. A class
 * word of a demonstration title is left to the other rules.
 */
import { describe, expect, it } from 'vitest';
import { isPilotUnitWord } from '../../../src/main/core/import/extract/bare-level-heading';
import { readResolved } from './helpers';

describe('a pilot’s unit class alone (…的两个试点城市)', () => {
  it('gives its units the page’s pilot', () => {
    const { n, codes } = readResolved(
      '吐鲁番市启动全国社会心理服务体系建设试点工作\n\n为贯彻落实党的十九大精神,全国将开展社会心理服务体系建设试点工作,吐鲁番市、石河子市被确定为新疆的两个试点城市。',
    );
    expect(codes).toEqual(['650400', '659001']);
    expect(n.records.map((r) => r.programme)).toEqual([
      '全国社会心理服务体系建设试点',
      '全国社会心理服务体系建设试点',
    ]);
  });

  it('is only a pilot’s class under a pilot', () => {
    expect(isPilotUnitWord('试点城市', '全国社会心理服务体系建设试点')).toBe(true);
    expect(isPilotUnitWord('试点地区', '全国健康城市建设试点')).toBe(true);
    expect(isPilotUnitWord('示范城市', '全国健康城市建设试点')).toBe(false);
    expect(isPilotUnitWord('试点城市', '全国文明城市')).toBe(false);
    expect(isPilotUnitWord('健康城市试点城市', '全国健康城市建设试点')).toBe(false);
  });
});
