/**
 * Notice metadata weighed from the whole page, in composed wordings: a story retelling an
 * announcement is news, an organ's own 公示 under a cheering line is not; a published list
 * of candidates or results confirms; a table of how work went reports progress; a bare
 * "市民政局" and a bare programme name take the notice's place; honours conferred on units
 * (称号, 文明村镇, 绿色社区) are programmes; a list heading that is only a document word or
 * the broken tail of a name gives no programme of its own.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't', regions });
const programmes = (text: string) => [...new Set(extract(text).records.map((r) => r.programme))];

describe('whose voice a page speaks in', () => {
  it('a story retelling another organ’s list, with page chrome, is news', () => {
    const story = [
      '我县3个村被评为全国民主法治示范村',
      '首页 工作动态 字体：[大 中 小]',
      '近日，司法部、民政部公布第九批全国民主法治示范村（社区）名单，我县城关镇东风村、河口镇李庄村、石桥镇新河村被评为全国民主法治示范村。',
      '下一步，我县将继续深化民主法治建设。',
    ].join('\n');
    expect(extract(story).metadata.role).toBe('news');
  });

  it('an organ’s own 公示 with an addressee and 附件 stays a confirmation despite "我省…入选"', () => {
    const own = [
      '第五批全国示范性老年友好型社区名单公布 我省4个社区入选',
      '各市卫生健康委：',
      '经逐级审核和公示，现决定命名东风社区等4个社区为全国示范性老年友好型社区。',
      '附件：全国示范性老年友好型社区名单',
      '1.西安市碑林区东风社区',
      '2.西安市雁塔区长安社区',
    ].join('\n');
    expect(extract(own).metadata.role).toBe('confirmation');
  });

  it('a list of candidates or results put up for comment confirms them', () => {
    const text = [
      '第三批全省乡村治理示范村镇推荐名单',
      '经各市推荐、省级评审，拟推荐以下单位。现予公示。',
      '1.济南市历城区港沟街道',
      '2.青岛市崂山区王哥庄街道',
    ].join('\n');
    expect(extract(text).metadata.role).toBe('confirmation');
  });

  it('a table of how each project went reports progress', () => {
    const text = [
      '市民政局重点项目推进情况表',
      '处室\t项目\t3月份工作推进情况',
      '基层处\t社区治理\t指导北仑区做好省级实验区终期验收工作',
    ].join('\n');
    expect(extract(text).metadata.role).toBe('progress_report');
  });
});

describe('names qualified by the notice’s place', () => {
  it('a bare city bureau signing a notice about its city is that city’s bureau', () => {
    const text = [
      '绍兴市第三批城乡社区治理和服务创新实验区申报专家论证',
      '信息来源：市民政局 发布时间：2023-05-06',
      '5月6日，市民政局召开专家论证会，对各地申报的8个实验方案进行论证。',
    ].join('\n');
    const n = extract(text);
    expect(n.metadata.issuer).toBe('绍兴市民政局');
    expect(n.metadata.programme).toBe('绍兴市城乡社区治理和服务创新实验区');
    expect(n.metadata.role).toBe('progress_report');
  });

  it('a province’s own bare programme name takes the province, after its year', () => {
    const text = [
      '江西省民政厅关于公布2023年度基层治理创新典型案例的通知',
      '各设区市民政局：',
      '现将2023年度基层治理创新典型案例名单公布如下：',
      '1.南昌市东湖区：党建引领小区治理',
      '2.九江市濂溪区：社区议事协商',
    ].join('\n');
    expect(programmes(text)).toEqual(['2023年度江西省基层治理创新典型案例']);
  });

  it('a national programme stays national', () => {
    const text = [
      '江西省民政厅关于转发全国社区治理和服务创新实验区名单的通知',
      '现将全国社区治理和服务创新实验区名单转发如下：',
      '1.南昌市东湖区',
      '2.九江市濂溪区',
    ].join('\n');
    expect(programmes(text)).toEqual(['全国社区治理和服务创新实验区']);
  });
});

describe('programmes named as honours', () => {
  it('a title conferred as 称号 is the programme, not a later paragraph’s', () => {
    const text = [
      '我区9个社区荣获重庆市“和美社区”称号',
      '日前，重庆市第二批“和美社区”评选结果揭晓，我区9个社区上榜。',
      '9个社区是：渝中区上清寺街道学田湾社区、渝中区解放碑街道民生路社区。',
      '近年来，我区以创建“全国社区治理和服务创新实验区”为契机，深化社区建设。',
    ].join('\n');
    expect(programmes(text)).toEqual(['重庆市和美社区']);
  });

  it('文明村镇 awarded in a round (第六届) is the programme without its round', () => {
    const text = [
      '第六届全国文明村镇评选活动日前结束',
      '我市平山县西柏坡镇、阜平县龙泉关镇骆驼湾村获得全国文明村镇称号。（转发）',
      '县（区）\t村镇',
      '平山县\t西柏坡镇',
      '阜平县\t龙泉关镇骆驼湾村',
    ].join('\n');
    const n = extract(text);
    expect(n.metadata.role).toBe('news');
    expect(programmes(text)).toEqual(['全国文明村镇']);
  });

  it('a heading broken across lines or reduced to "拟命名名单（N个）" gives no list name', () => {
    const text = [
      '2023年度“铜陵市民主法治示范村（社区）”拟命名名单公示',
      '拟命名义安区西联镇犁桥村等2个村（社区）为2023年度“铜陵市民主法治示范村（社区）”。现予公示。',
      '2023年度“铜陵市民主法治示范村（社区）”',
      '拟命名名单（2个）',
      '义安区西联镇犁桥村',
      '枞阳县横埠镇横埠村',
    ].join('\n');
    expect(programmes(text)).toEqual(['铜陵市民主法治示范村(社区)']);
  });
});
