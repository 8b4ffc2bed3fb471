/**
 * A district named for a nationality without being autonomous (管城回族区, 瀍河回族区) is
 * written without the nationality in lists (郑州市管城区…): the short form resolves to it,
 * an autonomous region is never cut that way, and a plain district keeps its own name.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { shortForms } from '../../../src/main/core/gazetteer/name-index';

describe('ethnic districts written short', () => {
  it('reads 管城区 under its city as 管城回族区, down to the village', () => {
    const r = resolveRegion('郑州市管城区南曹乡苏庄村', { asOf: '2024-01-27', context: '河南省' });
    expect(r.regionCode).toBe('410104');
    expect(resolveRegion('洛阳市瀍河区', { asOf: '2020-01-01' }).regionCode).toBe('410304');
  });

  it('gives the short form only to a nationality district, never to an autonomous region', () => {
    expect(shortForms('管城回族区')).toContain('管城区');
    expect(shortForms('宁夏回族自治区')).not.toContain('宁夏区');
    expect(shortForms('涧西区')).toEqual(['涧西']);
  });
});
