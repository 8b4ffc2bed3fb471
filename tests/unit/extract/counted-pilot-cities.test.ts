/**
 * Places counted as cities with the levels the count takes in (等90个城市（区、镇）成为首批…试点):
 * each is a place trying the pilot, a pilot area (zone), as 试点城市 are. The same run counted as
 * units (等N个单位) stays pilot units (kind other); an honour of cities, or the creation of a
 * title they try for, is no pilot.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('places counted as cities of several levels for a pilot', () => {
  it('are pilot areas', () => {
    const { n, codes } = readResolved(
      '住房和城乡建设部29日在京公布,包括北京市东城区、浙江省温州市等90个城市(区、镇)通过审核,成为首批国家智慧城市试点。',
    );
    expect(codes).toEqual(['110101', '330300']);
    expect(n.records.map((r) => r.kind)).toEqual(['zone', 'zone']);
  });

  it('are pilot areas when they are said to get in', () => {
    const { n, codes } = readResolved(
      '97个城市入选国家智慧城市试点名单\n\n国家智慧城市2014年度试点名单公布,北京市门头沟区等97个城市(区、县、镇)入选,另有41个项目被确定为专项试点。',
    );
    expect(codes).toContain('110109');
    expect(n.records.map((r) => r.kind)).toEqual(['zone']);
  });

  it('leaves units counted as units, and an honour of cities', () => {
    const units = readResolved(
      '民政部确认北京市海淀区上庄镇李家坟村等497个单位为全国村级议事协商创新实验试点单位。',
    );
    expect(units.n.records.every((r) => r.kind === 'other')).toBe(true);
    const honour = readResolved(
      '中央文明委确认北京市东城区、浙江省温州市等133个城市(区)为全国文明城市。',
    );
    expect(honour.n.records.every((r) => r.kind === 'other')).toBe(true);
  });

  it('leaves cities counted for a title’s creation', () => {
    const creation = readResolved(
      '经专家评审,北京市东城区、浙江省温州市等20个城市(区、县)通过审核,成为全国综合减灾示范社区创建试点。',
    );
    expect(creation.codes).toEqual(['110101', '330300']);
    expect(creation.n.records.every((r) => r.kind === 'other')).toBe(true);
  });
});
