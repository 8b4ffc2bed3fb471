/**
 * A news item whose source line names an organ's website (来源：民政部网站) is issued by that site
 * as the page writes it; an organ's own document posted on its site stays the organ's.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const read = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata;

describe("a news item sourced from an organ's website", () => {
  it('is issued by the site as written', () => {
    const m = read([
      '民政部确认第二批全国婚俗改革实验区 河北肥乡区等17地入选',
      '2021-09-22 10:12 来源：民政部网站',
      '据民政部网站消息,民政部近日将河北省邯郸市肥乡区等17个单位确认为第二批全国婚俗改革实验区,实验时间为3年。这些实验区将通过创新婚育文化载体,对婚嫁陋习、天价彩礼等不良社会风气进行治理。',
    ]);
    expect(m.role).toBe('news');
    expect(m.issuer).toBe('民政部网站');
  });

  it("an organ's own document on its portal stays the organ's", () => {
    const m = read([
      '民政部关于2015年全国综合减灾示范社区拟命名名单的公示',
      '来源：民政部门户网站',
      '根据《全国综合减灾示范社区标准》,经各地推荐、专家评审,拟命名北京市东城区某社区等1390个社区为2015年全国综合减灾示范社区。现予以公示。',
      '民政部',
      '2015年12月1日',
    ]);
    expect(m.role).not.toBe('news');
    expect(m.issuer).toBe('民政部');
  });
});
