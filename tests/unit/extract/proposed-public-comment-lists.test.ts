/**
 * Public-comment notices (公示) of proposed lists and the news of them: the counted example a
 * 公示 puts forward for a higher level's title is an entry; a community under the committee that
 * runs a reservoir or scenic area lies in the county the entries before it are in; a numbered
 * section that names a unit, closes it with a full stop and writes it up is that unit's entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a 公示 recommending its pick for a higher level’s title', () => {
  it('gives the counted example it names as an entry', () => {
    const { n, codes, warned } = readResolved(
      '经县级初核、市级复核，拟推荐邯郸市涉县井店镇乙村等12个社区为全国示范性老年友好型社区，现向社会公示。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['邯郸市涉县井店镇乙村']);
    expect(codes).toEqual(['130426']);
    expect(warned).toContain('count_mismatch');
  });

  it('and so when the pick is to apply (申报) for that title', () => {
    const { n } = readResolved(
      '经评审，拟推荐合肥市肥西县三河镇丙社区等8个社区申报“全国示范性老年友好型社区”，现予公示。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['合肥市肥西县三河镇丙社区']);
  });

  it('names no entry when it recommends with no count of its own', () => {
    const { n } = readResolved('经研究，拟推荐合肥市肥西县三河镇丙社区参加全国评选。');
    expect(n.records).toEqual([]);
  });
});

describe('a community under the committee running an area in a county', () => {
  it('lies in the county the entries before it are in, and the list goes on', () => {
    const { n, codes } = readResolved(
      [
        '本报讯 市民政局拟命名高密市柏城镇甲社区等4个社区为“某市示范社区”。',
        '4个社区分别为高密市柏城镇甲社区，昌乐县红河镇乙社区、高崖库区管委会丙湖社区、宝城街道丁社区。',
      ].join('\n\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '高密市柏城镇甲社区',
      '昌乐县红河镇乙社区',
      '高崖库区管委会丙湖社区',
      '宝城街道丁社区',
    ]);
    expect(codes).toEqual(['370785', '370725', '370725', '370725']);
  });

  it('is no committee when the name runs on past it to no community', () => {
    const { n } = readResolved(
      '4个社区分别为高密市柏城镇甲社区，昌乐县红河镇乙社区、高崖库区管委会负责同志出席。',
    );
    expect(n.records.map((r) => r.regionText)).not.toContain('高崖库区管委会负责同志出席');
  });
});

describe('numbered sections that name a unit and write it up', () => {
  const page = (third: string) =>
    [
      '关于对拟命名示范社区推荐名单进行公示的公告',
      '经考核，确定推荐以下社区参加评选。',
      '一、东平县银山镇甲山社区。甲山社区始终把班子建设放在首位，经常性地开展宣传教育和应急演练。',
      '二、新泰市西张庄镇乙苑社区。乙苑社区党总支始终把防灾减灾工作作为社区发展的前提和保障。',
      third,
    ].join('\n');

  it('gives each unit as an entry with no title, the write-up cut short too', () => {
    const { n, codes } = readResolved(
      page(
        '三、宁阳县文庙街道文成园社区。文成园社区党委高度重视防灾减灾工作，社区不定期组织人员进行防灾',
      ),
    );
    expect(n.records.map((r) => [r.seq, r.regionText, r.title])).toEqual([
      [1, '东平县银山镇甲山社区', ''],
      [2, '新泰市西张庄镇乙苑社区', ''],
      [3, '宁阳县文庙街道文成园社区', ''],
    ]);
    expect(codes).toEqual(['370923', '370982', '370921']);
  });

  it('keeps a title that does not write up the unit it follows', () => {
    const { n } = readResolved(
      [
        '一、东平县银山镇甲山社区：构建共建共治共享的社区治理新格局',
        '二、新泰市西张庄镇乙苑社区：探索社区协商议事的有效形式',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '构建共建共治共享的社区治理新格局',
      '探索社区协商议事的有效形式',
    ]);
  });
});

describe('a headline naming only the department that drew the 公示 up', () => {
  const notice = (title: string, signature: string[]) =>
    [
      title,
      '经各地推荐、专家评审，拟命名郑州市金水区甲社区等20个社区为示范性养老服务社区，现予以公示。',
      '公示时间：2022年5月6日至5月12日。',
      ...signature,
    ].join('\n');

  it('is filed under the organ the signature names in full', () => {
    const { n } = readResolved(
      notice('养老服务处关于示范性养老服务社区拟命名名单的公示', [
        '河南省民政厅养老服务处',
        '2022年5月6日',
      ]),
    );
    expect(n.metadata.issuer).toBe('河南省民政厅养老服务处');
  });

  it('stands when nothing is signed', () => {
    const { n } = readResolved(notice('养老服务处关于示范性养老服务社区拟命名名单的公示', []));
    expect(n.metadata.issuer).toBe('养老服务处');
  });

  it('leaves a headline organ with its parent as it is', () => {
    const { n } = readResolved(
      notice('河南省民政厅关于示范性养老服务社区拟命名名单的公示', [
        '河南省民政厅养老服务处',
        '2022年5月6日',
      ]),
    );
    expect(n.metadata.issuer).toBe('河南省民政厅');
  });
});

describe('a county-level city’s development zone in a run of entries', () => {
  it('places the next entries in that city, and a city after it is not read inside it', () => {
    const { codes } = readResolved(
      '本报讯 4个社区分别为寿光市经济开发区甲社区、古城街道乙社区，青州市弥河镇丙社区、王坟镇丁社区。',
    );
    expect(codes).toEqual(['370783', '370783', '370781', '370781']);
  });
});
