import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { namesMunicipalZone } from '../../../src/main/core/gazetteer/dev-zone-fallback';

describe('development zones without an alias resolve to their city', () => {
  it.each([
    ['成都高新区', '510100'],
    ['四川省成都高新区', '510100'],
    ['长沙经开区', '430100'],
    ['武汉东湖新技术开发区', null], // no city name right before the suffix: left alone
  ])('%s', (text, code) => {
    const r = resolveRegion(text);
    if (code === null) expect(r.level === 'city' && r.note.includes('功能区')).toBe(false);
    else {
      expect(r.regionCode).toBe(code);
      expect(r.note).toContain('功能区');
    }
  });

  it('leaves zones with a known county, and real districts, to the resolver', () => {
    expect(resolveRegion('苏州高新区').regionCode).toBe('320505');
    expect(resolveRegion('重庆市两江新区').regionCode).not.toBeNull();
    expect(resolveRegion('天津市滨海新区').regionCode).toBe('120116');
    expect(resolveRegion('上海市浦东新区').regionCode).toBe('310115');
  });
});

describe('a bare zone with its district in brackets', () => {
  it('is placed in the bracketed district, not the context city', () => {
    const r = resolveRegion('经开区（龙泉驿区）大面街道', { context: '四川省成都市' });
    expect(r.regionCode).toBe('510112');
    expect(r.note).toContain('功能区');
  });

  it('a bracket that is no county leaves the zone at the context city', () => {
    const r = resolveRegion('经开区（一期）大面街道', { context: '四川省成都市' });
    expect(r.regionCode).toBe('510100');
  });
});

describe('a zone of a municipality, which has no code of its own', () => {
  it('is the municipality, written after it or under its notice', () => {
    for (const [text, context] of [
      ['重庆市青岚新区', undefined],
      ['青岚新区', '重庆市'],
      ['上海市松麓经济技术开发区', undefined],
    ] as const) {
      const r = resolveRegion(text, context ? { context } : {});
      expect(r.regionCode).toBe(text.startsWith('上海') ? '310000' : '500000');
      expect(r.end).toBe(text.length);
      expect(r.note).toContain('直辖市');
    }
  });

  it('leaves a province’s zone, a district’s, and one with its townships after it alone', () => {
    expect(resolveRegion('四川省青岚新区').note).not.toContain('直辖市');
    expect(resolveRegion('青岚新区', { context: '四川省' }).note).not.toContain('直辖市');
    expect(resolveRegion('重庆市渝北区青岚新区').regionCode).toBe('500112');
    expect(resolveRegion('青岚新区石桥街道', { context: '重庆市' }).note).not.toContain('直辖市');
  });
});

describe('a zone of its own at a municipality code', () => {
  it('is a unit when it has a name of its own, the municipality bare is not', () => {
    expect(namesMunicipalZone('重庆市青岚新区', '500000')).toBe(true);
    expect(namesMunicipalZone('天津青岚开发区', '120000')).toBe(true);
    expect(namesMunicipalZone('青岚新区', '500000')).toBe(true);
    expect(namesMunicipalZone('重庆市', '500000')).toBe(false);
    expect(namesMunicipalZone('重庆市民政局', '500000')).toBe(false);
    // A province's code is never a city level; a district written in front is no zone name.
    expect(namesMunicipalZone('四川省青岚新区', '510000')).toBe(false);
    expect(namesMunicipalZone('重庆市渝北区新区', '500000')).toBe(false);
  });
});

describe('a zone named after a county-level city its province governs directly', () => {
  it.each([
    ['仙桃示范区', '湖北省', '429004'],
    ['天门高新区', '', '429006'],
  ])('%s is that city, which has no city above it', (text, context, code) => {
    const r = resolveRegion(text, { context: context || undefined });
    expect(r.regionCode).toBe(code);
    expect(r.note).toContain('功能区');
  });
});
