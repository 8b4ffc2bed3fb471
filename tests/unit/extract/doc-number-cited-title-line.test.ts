/**
 * A 文号 set after a formal title on its line is the notice's only on the notice's own title line:
 * a body line citing another document's title with its number, or a foot listing related
 * documents, carries that document's number, never the notice's.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const docNoOf = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata.docNo;

const TITLE = '关于公布第二批省级农村社区建设示范单位名单的通知';
const CITED = '关于开展省级农村社区建设示范单位创建活动的通知 浙民基〔2018〕5号';

describe('a 文号 after a formal title', () => {
  it("is not the notice's after a related document's title at its foot", () => {
    expect(
      docNoOf([
        TITLE,
        '各市、县（市、区）民政局：',
        '经各地推荐、实地核查，确定某某县某某镇等20个单位为第二批省级农村社区建设示范单位，现予公布。',
        '浙江省民政厅',
        '2019年5月12日',
        '相关文件：',
        CITED,
      ]),
    ).toBeNull();
  });

  it('is not the notice’s after a title the body cites', () => {
    expect(
      docNoOf([
        TITLE,
        '各市、县（市、区）民政局：',
        `根据省民政厅${CITED}`,
        '要求，确定某某县某某镇等20个单位为第二批省级农村社区建设示范单位，现予公布。',
        '浙江省民政厅',
        '2019年5月12日',
      ]),
    ).toBeNull();
  });

  it("is the notice's on its own title line", () => {
    expect(
      docNoOf([
        `${TITLE} 浙民基〔2019〕12号`,
        '各市、县（市、区）民政局：',
        '现予公布。',
        '浙江省民政厅',
        '2019年5月12日',
      ]),
    ).toBe('浙民基〔2019〕12号');
  });

  it("is the notice's on a copy of its title under the page's headline and info line", () => {
    expect(
      docNoOf([
        TITLE,
        '字体：[大 中 小]',
        `${TITLE} 浙民基〔2019〕12号`,
        '各市、县（市、区）民政局：',
        '现予公布。',
        '浙江省民政厅',
        '2019年5月12日',
      ]),
    ).toBe('浙民基〔2019〕12号');
  });
});
