/**
 * A yearly honour's notice that also names the villages of its earlier years ("将B村等532个乡村纳入
 * 2010—2017年…监测合格名单", a heading "2010~2017年…监测合格名单" over lines) keeps those villages
 * as retold units of that span, never entries of the notice's own year.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const NAMING =
  '经各地推荐、专家评审和网上公示，推介北京市门头沟区雁翅镇田庄村等254个乡村为2021年中国美丽' +
  '休闲乡村，将北京市密云区古北口镇古北口村等532个乡村纳入2010—2017年中国美丽休闲乡村监测合格' +
  '名单，现予以公布。';

describe('units an earlier span of years governs', () => {
  it('are retold after the notice’s own, marked with their span', () => {
    const { n } = readResolved(['关于公布2021年中国美丽休闲乡村名单的通知', NAMING].join('\n'));
    expect(n.records.filter((r) => !r.retold).map((r) => r.regionText)).toEqual([
      '北京市门头沟区雁翅镇田庄村',
    ]);
    expect(n.records.filter((r) => r.retold).map((r) => [r.regionText, r.batch])).toEqual([
      ['北京市密云区古北口镇古北口村', '2010—2017年'],
    ]);
  });

  it('are retold under a heading line naming the span, the year’s own lines kept', () => {
    const { n } = readResolved(
      [
        '2021年中国美丽休闲乡村名单公示',
        '2021年中国美丽休闲乡村名单（湖南3个）',
        '湖南省长沙市望城区白箬铺镇光明村',
        '湖南省长沙市长沙县开慧镇开慧村',
        '湖南省郴州市北湖区保和瑶族乡小埠村',
        '2010~2017年中国美丽休闲乡村监测合格名单（湖南2个）',
        '湖南省长沙市浏阳市沙市镇东门村',
        '湖南省株洲市茶陵县火田镇卧龙村',
      ].join('\n'),
    );
    expect(n.records.filter((r) => !r.retold)).toHaveLength(3);
    expect(n.records.filter((r) => r.retold).map((r) => r.batch)).toEqual([
      '2010~2017年',
      '2010~2017年',
    ]);
  });

  it('leave the year’s own unit read with them its own year’s programme', () => {
    const { n } = readResolved(
      [
        '菖蒲塘村入选 2021年中国美丽休闲乡村',
        '本报讯 10月25日，农业农村部对2021年中国美丽休闲乡村名单进行公示。湖南省12个村入选2021年' +
          '中国美丽休闲乡村，我州凤凰县廖家桥镇菖蒲塘村入选。龙山县苗儿滩镇捞车村入选2010至2017年' +
          '中国美丽休闲乡村监测合格名单。',
      ].join('\n'),
    );
    expect(n.records.map((r) => [r.programme, r.retold ?? false])).toEqual([
      ['中国美丽休闲乡村', false],
      ['中国美丽休闲乡村监测合格', true],
    ]);
  });

  it('leave an attachment naming no year after the span an example took (control)', () => {
    const { n } = readResolved(
      [
        '关于公布2021年中国美丽休闲乡村名单的通知',
        NAMING,
        '附件：中国美丽休闲乡村名单',
        '湖南省长沙市望城区白箬铺镇光明村',
        '湖南省长沙市长沙县开慧镇开慧村',
      ].join('\n'),
    );
    // Only the example the span's own clause names (古北口村) is retold.
    expect(n.records.filter((r) => r.retold).map((r) => r.regionText)).toEqual([
      '北京市密云区古北口镇古北口村',
    ]);
    expect(n.records.filter((r) => !r.retold).map((r) => r.regionText)).toEqual([
      '北京市门头沟区雁翅镇田庄村',
      '湖南省长沙市望城区白箬铺镇光明村',
      '湖南省长沙市长沙县开慧镇开慧村',
    ]);
  });

  it('leave a list of one period whose programme no later year names (control)', () => {
    const { n } = readResolved(
      [
        '关于表彰2018—2020年度全国民政系统先进集体的决定',
        '2021年3月，决定授予北京市东城区民政局、天津市和平区民政局2018—2020年度全国民政系统先进集体称号。',
      ].join('\n'),
    );
    expect(n.records.length).toBeGreaterThan(0);
    expect(n.records.some((r) => r.retold)).toBe(false);
  });

  it('leave a span another programme follows (control)', () => {
    const { n } = readResolved(
      [
        '关于公布2021年中国美丽休闲乡村名单的通知',
        '推介北京市门头沟区雁翅镇田庄村等254个乡村为2021年中国美丽休闲乡村，' +
          '北京市密云区古北口镇古北口村入选2010—2017年全国文明村镇。',
      ].join('\n'),
    );
    expect(n.records.length).toBeGreaterThan(0);
    expect(n.records.some((r) => r.retold)).toBe(false);
  });
});
