/**
 * A province a notice states as a unit of its programme (counted among the units designated, or
 * named alone as a unit of a programme of provinces), told from a province named in passing:
 * one placing lower units, a count that designates nothing, a province's organ, the notice's
 * own province. Sentences composed from the shapes of real pages.
 */
import { describe, expect, it } from 'vitest';
import { statesProvinceUnit } from '../../../src/main/core/import/extract/stated-provinces';

/** Whether the sentence states the province written at `name`'s first place as a unit. */
const stated = (sentence: string, name: string): boolean =>
  statesProvinceUnit(sentence, sentence.indexOf(name));

describe('a province stated as a unit of the programme', () => {
  it('is counted by its level among the units designated', () => {
    const s = '提出将江苏、安徽两省和宁波等62个城市(镇)列为国家新型城镇化综合试点地区。';
    expect(stated(s, '江苏')).toBe(true);
    expect(stated(s, '安徽')).toBe(true);
    expect(stated('民政部决定在北京、上海等5个省份开展养老服务改革试点。', '上海')).toBe(true);
    expect(stated('确定河北、山西2个省(区、市)为第一批示范省份。', '河北')).toBe(true);
  });

  it('is one item of a run of units closed by their count', () => {
    const s = '民政部将在北京、新疆自治区阿克苏地区等20个地方开展未成年人社会保护试点。';
    expect(stated(s, '北京')).toBe(true);
    // The province before its own prefecture only places it.
    expect(stated(s, '新疆')).toBe(false);
    expect(stated('同意将北京市、天津市、甘肃省的29个单位确认为实验区。', '天津市')).toBe(false);
    expect(stated('涉及北京、河北省保定市等10个地区。', '北京')).toBe(false);
  });

  it('makes up a batch counted by its level', () => {
    const s = '第一批包括江苏、安徽两省和宁波等62个城市(镇);第二批包括59个城市(镇)。';
    expect(stated(s, '安徽')).toBe(true);
  });

  it('is named alone as the unit of a programme of provinces', () => {
    expect(stated('命名山东省为全国医养结合示范省，命名北京市海淀区等100个县', '山东省')).toBe(
      true,
    );
    expect(stated('浙江省被确定为全国首批社区治理试点省份。', '浙江省')).toBe(true);
  });
});

describe('a province named in passing', () => {
  it('places the units counted after it', () => {
    expect(stated('在河北、山西等5个省份的20个县开展试点。', '河北')).toBe(false);
    expect(stated('吉林、福建、河南三省各有一处被取消试点资格。', '福建')).toBe(false);
    expect(stated('辽宁省有4个区入选，分别是大连市甘井子区、沈阳市浑南区。', '辽宁省')).toBe(false);
  });

  it('is counted but designated nothing', () => {
    expect(stated('涉及山西、内蒙古、吉林和青海等11个省份。近年来…', '吉林')).toBe(false);
    expect(stated('江苏、浙江、山东三省最多，均达到了15个。', '浙江')).toBe(false);
    expect(stated('江苏、浙江两省为全国示范县数量最多的省份。', '江苏')).toBe(false);
    // The programme's scope told as a total after a later batch: no unit of that batch.
    const total = '试点范围扩大到了江苏、安徽两省和135个城市(镇)，地域遍及各省区市。';
    expect(stated(total, '江苏')).toBe(false);
  });

  it('is the seat of an organ or a delegation', () => {
    expect(stated('江苏、安徽两省民政厅联合开展养老服务试点。', '江苏')).toBe(false);
    expect(stated('山东省民政厅一行到我市调研示范省创建工作。', '山东省')).toBe(false);
  });

  it('is not written: the notice’s own province', () => {
    expect(stated('我省被命名为全国医养结合示范省。', '我省')).toBe(false);
    expect(stated('全省两个县入选全国示范县名单。', '全省')).toBe(false);
  });

  it('is described, not designated: a standing, a first, a help to a programme', () => {
    // A story's portrait of the province ends in 省 without any programme's unit.
    expect(stated('山东省为人口大省，老龄化程度较高。', '山东省')).toBe(false);
    expect(stated('河南省作为农业大省，养老任务繁重。', '河南省')).toBe(false);
    expect(stated('江苏省成为全国第一个出台养老服务条例的省份。', '江苏省')).toBe(false);
    // 为 "for" and 作为 "as" before a programme word that names no unit of it.
    expect(stated('江苏、浙江两省为全国养老服务试点提供了宝贵经验。', '江苏')).toBe(false);
    expect(stated('江苏、安徽两省作为示范代表在会上发言。', '安徽')).toBe(false);
    // The same verbs designating a unit still do.
    expect(stated('江苏、安徽两省作为试点省份先行开展。', '江苏')).toBe(true);
    expect(stated('四川省成为全国首个养老服务示范省。', '四川省')).toBe(true);
  });

  it('is named a unit of a programme of lower units', () => {
    expect(stated('四川被命名为“国家农产品质量安全市”的是广元市。', '四川')).toBe(false);
    expect(stated('山东省入选省份数量居全国前列。', '山东省')).toBe(false);
  });
});
