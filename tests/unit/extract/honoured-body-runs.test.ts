/**
 * Units an honour names in one run, each after its place: organs, courts and companies are honoured
 * as units (文明单位) as organisations are, the honour closing the run (入选, 喜获殊荣) listing them,
 * whatever line the honours' other lists took. A run of organs in prose, doing something or only
 * named, lists nobody; a city written short before a body's name (广州社会组织研究院) places it.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const read = (text: string) =>
  extractNotice(txtDoc(text), {
    fileName: 't.txt',
    regions: gazetteerRegionLookup(),
  }).records.map((r) => `${r.regionText}|${r.unit ?? ''}`);

describe('a run of honoured units closed by the honour', () => {
  it('reads organs beside the towns the same paragraph lists', () => {
    expect(
      read(
        '日前，安徽省文明县城表彰名单公布。浮山镇、老洲镇入选“第四届安徽省文明村镇”；枞阳县供电公司、枞阳县人民检察院、枞阳县公安局交通管理大队入选“第十一届安徽省文明单位”。',
      ),
    ).toEqual(
      expect.arrayContaining([
        '枞阳县|枞阳县供电公司',
        '枞阳县|枞阳县人民检察院',
        '枞阳县|枞阳县公安局交通管理大队',
      ]),
    );
  });

  it('reads organisations closed by 等喜获殊荣, a city written short among them', () => {
    expect(
      read(
        '近日，《关于表彰广东省先进社会组织的决定》发布。其中，广州市社会工作协会、广州社会组织研究院及广州市志愿者协会等喜获殊荣。',
      ),
    ).toEqual(['广州市|广州市社会工作协会', '广州|广州社会组织研究院', '广州市|广州市志愿者协会']);
  });
});

describe('a run of honoured units closed by its count and the honour', () => {
  it('reads the round’s first units', () => {
    expect(
      read(
        '近日，常德市恒德社会工作服务中心、常德鸿志中等职业技术学校、武陵区大康倍融康复教育中心等17家社会组织被评为全省第一批示范社会组织。',
      ),
    ).toEqual([
      '常德市|常德市恒德社会工作服务中心',
      '常德|常德鸿志中等职业技术学校',
      '武陵区|武陵区大康倍融康复教育中心',
    ]);
  });

  it('leaves a counted run that is honoured with nothing alone', () => {
    expect(read('会上，枞阳县财政局、枞阳县人民法院等5家单位参加了座谈。')).toEqual([]);
  });
});

describe('organs in prose', () => {
  it('doing something are no entries', () => {
    expect(read('会上，枞阳县财政局、枞阳县人民法院介绍了经验，枞阳县气象局作了发言。')).toEqual(
      [],
    );
  });

  it('granting or designating an honour themselves are no entries', () => {
    expect(read('广州市民政局、广州市财政局授予20个社区“和谐社区”称号。')).toEqual([]);
    expect(read('广州市民政局、广州市财政局认定为示范单位的社区共20个。')).toEqual([]);
    expect(read('枞阳县人民法院、枞阳县人民检察院被授予“全国文明单位”称号。')).toEqual([
      '枞阳县|枞阳县人民法院',
      '枞阳县|枞阳县人民检察院',
    ]);
  });

  it('winning a contest’s prize, or only qualifying a noun, are no entries', () => {
    expect(read('在征文比赛中，枞阳县人民法院、枞阳县人民检察院荣获二等奖。')).toEqual([]);
    expect(read('枞阳县人民法院、枞阳县人民检察院等获得“优秀组织奖”称号。')).toEqual([]);
    expect(read('枞阳县民政局、枞阳县财政局上榜的原因在于工作扎实。')).toEqual([]);
    expect(read('枞阳县民政局、枞阳县财政局入选理由如下。')).toEqual([]);
  });

  it('named with an honour of their own words elsewhere are no run of this kind', () => {
    expect(read('枞阳县财政局、枞阳县人民法院负责组织实施，入选单位名单另行公布。')).toEqual([]);
  });
});
