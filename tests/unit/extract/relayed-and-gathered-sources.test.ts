/**
 * Two source lines read for what they say: a repost's 转自 line names where the item came from,
 * over the carrying site's own info line ("某某信息网 时间:…"); and a source's name glued to how
 * the item was gathered from it (来源:某某发布收集, 来源：某某整理) is the name before that word.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const issuer = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata.issuer;

const BODY =
  '6月12日,文化和旅游部发布公告,经省级文化和旅游行政部门推荐,文化和旅游部按程序组织综合认定并完成公示,确认22家旅游度假区为国家级旅游度假区。';
const MORE =
  '新一批国家级旅游度假区包括北京密云古北水镇国际休闲旅游度假区、山西晋城太行锡崖沟旅游度假区等。';

describe("a repost's 转自 line", () => {
  it("names the item's outlet over the carrying site's info line", () => {
    expect(
      issuer([
        '新一批22家国家级旅游度假区出炉',
        '中国产业经济信息网 时间:2024-06-19',
        BODY,
        MORE,
        '转自:中国旅游报',
      ]),
    ).toBe('中国旅游报');
  });

  it("without one, the site's info line still names the outlet", () => {
    expect(
      issuer(['新一批22家国家级旅游度假区出炉', '中国产业经济信息网 时间:2024-06-19', BODY, MORE]),
    ).toBe('中国产业经济信息网');
  });
});

describe('a source glued to how the item was gathered', () => {
  it('is the name before the gathering word', () => {
    expect(
      issuer([
        '首批国家级旅游休闲街区名单公示',
        '日期: 来源:山西发布收集编辑:山西发布',
        BODY,
        MORE,
      ]),
    ).toBe('山西发布');
  });

  it('a name that merely ends like it is kept whole', () => {
    expect(
      issuer(['首批国家级旅游休闲街区名单公示', '日期: 来源:掌上某某 编辑:张三', BODY, MORE]),
    ).toBe('掌上某某');
  });
});
