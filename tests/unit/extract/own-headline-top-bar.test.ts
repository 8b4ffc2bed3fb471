/**
 * A portal's breadcrumb (当前位置…) is read as an info line, so the line over it is tried as the
 * page's own headline over a reposted document. A portal's top bar there — the day's date and
 * weekday, or the site's name in English — tells nothing of the document and is no headline: the
 * formal title stays. A headline of the page shares words with the document's title.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { ownHeadlineOverDocument } from '../../../src/main/core/import/extract/own-headline';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const titleOf = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata.title;

const FORMAL = '关于公布第二批省级农村社区建设示范单位名单的通知';
const BODY = [
  '各市、县（市、区）民政局：',
  '根据《关于开展省级农村社区建设示范单位创建活动的通知》要求，经各地推荐、实地核查，确定某某县某某镇等20个单位为第二批省级农村社区建设示范单位，现予公布。',
  '附件：第二批省级农村社区建设示范单位名单',
  '浙江省民政厅',
  '2019年5月12日',
];

describe("a portal's top bar over its breadcrumb", () => {
  it('is no headline of the page: the formal title stays', () => {
    for (const bar of ['今天是2019年5月13日 星期一', 'Zhejiang Civil Affairs'])
      expect(
        titleOf([bar, '当前位置：首页 > 通知公告', '来源：浙江省民政厅', FORMAL, ...BODY]),
      ).toBe(FORMAL);
  });

  it('leaves a headline telling of the document its title', () => {
    const own = '我省20个单位入选第二批省级农村社区建设示范单位';
    expect(titleOf([own, '发布时间：2019-05-13 来源：浙江省民政厅', FORMAL, ...BODY])).toBe(own);
    expect(
      ownHeadlineOverDocument(
        '全省示范!淮北这些村上榜',
        '关于“全省示范性老年友好型社区”拟命名名单的公示',
      ),
    ).toBe(true);
    expect(ownHeadlineOverDocument('2019年5月13日 星期一', FORMAL)).toBe(false);
  });
});
