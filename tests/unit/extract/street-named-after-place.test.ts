/**
 * A street named after a road that bears another place's name (宁海路街道 in 南京市鼓楼区,
 * 湖南路街道): read bare on a list line, its first characters are a county or province written
 * short, and the rest (路街道) was kept as the unit. Inside the notice's scope the whole name is
 * one street. Composed from our own sentences; the streets and counties are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const notice = (issuer: string, lines: string[]) =>
  readResolved(
    [
      `${issuer}关于公布社区治理示范单位名单的通知`,
      '各有关单位：',
      '经评审，确定以下单位为示范单位：',
      ...lines.map((l, i) => `${i + 1}. ${l}`),
      issuer,
      '2020年3月1日',
    ].join('\n'),
  );

describe('a street whose name begins with another place’s short name', () => {
  it('is the scope’s street, no cut-off piece as its unit', () => {
    const { n, codes } = notice('南京市鼓楼区民政局', ['宁海路街道', '湖南路街道']);
    expect(n.records.map((r) => [r.regionText, r.unit ?? null])).toEqual([
      ['宁海路街道', null],
      ['湖南路街道', null],
    ]);
    expect(codes).toEqual(['320106', '320106']);
  });

  it('is read so under a city’s notice too', () => {
    const { n } = notice('南京市民政局', ['宁海路街道', '湖南路街道']);
    expect(n.records.map((r) => r.unit ?? null)).toEqual([null, null]);
  });

  it('leaves a county written in full before its street as it was (control)', () => {
    const { n, codes } = notice('宁波市民政局', ['宁海县跃龙街道', '宁海县桃源街道']);
    expect(n.records.map((r) => [r.regionText, r.unit ?? null])).toEqual([
      ['宁海县跃龙街道', null],
      ['宁海县桃源街道', null],
    ]);
    expect(codes).toEqual(['330226', '330226']);
  });

  it('keeps a village after a county written short as its unit (control)', () => {
    const { n } = notice('南平市民政局', ['延平水南村', '延平峡阳镇']);
    expect(n.records.map((r) => r.unit ?? null)).toEqual(['水南村', null]);
  });
});
