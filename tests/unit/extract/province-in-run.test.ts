/**
 * A province written short in a run of provinces is that province, though its short name is also a
 * county's or a prefecture's: 河北 after 天津 is 河北省, not 天津市河北区; 河南 and 海南 among
 * provinces are 河南省 and 海南省, not 河南蒙古族自治县 or 海南藏族自治州. Controls: a run of a
 * city's districts (天津市：…河东、河西、河北) and of a province's prefectures (西宁、海东、海南、
 * 海北) keep the gazetteer's reading — no item next to the name is a province.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const WIDENED =
  '关于同意扩大某某服务试点的批复\n' +
  '调整后，北京、天津、河北、内蒙古、辽宁等5个省（自治区、直辖市）实施某某服务试点。\n';

describe('a province written short in a run of provinces', () => {
  it('is the province, not the district of the province before it', () => {
    const { n, codes } = readResolved(WIDENED);
    expect(n.records.map((r) => r.regionText)).toEqual(['北京', '天津', '河北', '内蒙古', '辽宁']);
    expect(codes).toEqual(['110000', '120000', '130000', '150000', '210000']);
  });

  it('is the province where the short name is also a county or a prefecture', () => {
    const { codes } = readResolved(
      '关于同意扩大某某服务试点的批复\n' +
        '调整后，湖北、广东、河南、广西、海南、四川等6个省（自治区）实施某某服务试点。\n',
    );
    expect(codes).toEqual(['420000', '440000', '410000', '450000', '460000', '510000']);
  });

  it('leaves a city’s districts written short to the city', () => {
    const { codes } = readResolved('天津市社区治理实验区名单\n天津市：和平区、河东、河西、河北\n');
    expect(codes).toEqual(['120101', '120102', '120103', '120105']);
  });

  it('leaves a province’s prefectures written short to the province', () => {
    const { codes } = readResolved(
      '关于确定青海省某某试点地区的通知\n确定西宁、海东、海南、海北等4个市州为某某试点地区。\n',
    );
    expect(codes).toEqual(['630100', '630200', '632500', '632200']);
  });

  it('leaves a short name after the province holding its other reading, with no other province near', () => {
    const { codes } = readResolved(
      '关于确定某某试点地区的通知\n确定青海省、海南、海北等3个地区为某某试点地区。\n',
    );
    expect(codes).toEqual(['630000', '632500', '632200']);
    const tianjin = readResolved(
      '关于确定某某试点地区的通知\n确定天津、河北、红桥等3个地区为某某试点地区。\n',
    );
    expect(tianjin.codes).toEqual(['120000', '120105', '120106']);
  });

  it('is the province at a run’s end beside a province holding no other reading', () => {
    const { codes } = readResolved(
      '关于同意扩大某某服务试点的批复\n调整后，北京、天津、河北等3个省（自治区、直辖市）实施某某服务试点。\n',
    );
    expect(codes).toEqual(['110000', '120000', '130000']);
  });
});
