/**
 * A source line or a reporter's bracket naming a group, an app or a site joined to its paper by a
 * middle dot or a dash ("来源:某某报业·某某日报", "来源：某某新闻网--某某报", "（某报融媒·某某网见习记者
 * 张三）"): the outlet as the page writes it, whole. A dateline's "某网·某频道讯" still names only
 * its site, and a dateline's "某某新闻网--某某报本讯" the paper whose 本讯 it is.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const issuer = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata.issuer;

const LEAD =
  '近日,民政部公布2021年度全国基层治理创新典型案例27个,我省东营市东营区和临沂市平邑县2项实践成功入选。';
const MORE =
  '据了解,此次典型案例由各地推荐、专家评审产生,涵盖党建引领、社区治理、村民自治等多个方面,为各地提供了可复制的经验。';

describe('an outlet joined to its paper on a source line', () => {
  it('a group and its paper joined by a middle dot stay whole', () => {
    expect(
      issuer([
        '山东两地经验做法入选全国基层治理创新典型案例',
        '2022-03-29 18:37:47    来源:大众报业·大众日报',
        LEAD,
        MORE,
      ]),
    ).toBe('大众报业·大众日报');
  });

  it('a site and its paper joined by a doubled dash stay whole', () => {
    expect(
      issuer([
        '某市6个社区上榜“全省示范”',
        '2023-08-03 10:15来源：某某新闻网--某某报作者：张三',
        LEAD,
        MORE,
      ]),
    ).toBe('某某新闻网--某某报');
  });

  it("a dateline's site and channel before 讯 still name the site", () => {
    expect(
      issuer(['某区获评全国家庭教育工作示范区县', `中国网·滨海高新讯 日前,${LEAD}`, MORE]),
    ).toBe('中国网');
  });
});

describe("a reporter's closing bracket naming a group and its site", () => {
  it("names the outlet whole, without the reporter's rank", () => {
    expect(
      issuer([
        '2023年全国示范性老年友好型社区拟命名名单公布 某市6个社区榜上有名',
        `日前,国家卫生健康委老龄司公布2023年全国示范性老年友好型社区拟命名名单,我市6个社区榜上有名。`,
        `${MORE}(洛报融媒·洛阳网见习记者 周欣然)`,
      ]),
    ).toBe('洛报融媒·洛阳网');
  });

  it('a credit of text and pictures joined by a dot names no outlet', () => {
    expect(
      issuer([
        '2023年全国示范性老年友好型社区拟命名名单公布 某市6个社区榜上有名',
        `日前,国家卫生健康委老龄司公布2023年全国示范性老年友好型社区拟命名名单,我市6个社区榜上有名。`,
        `${MORE}(文·图 本报记者 周欣然)`,
      ]),
    ).toBeNull();
  });
});
