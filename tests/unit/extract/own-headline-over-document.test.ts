/**
 * A page's own headline over its info line, above the organ's document it reposts under the
 * document's formal title, is the page's title (a news page is titled by its headline); the
 * issuer is read from the document's own title when the page reposts it signed, and from the
 * headline when it does not. A headline that is the document's title, written formally or cut
 * short, or an organ's name alone over its 来源 line, leaves the formal title standing.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { ownHeadlineOverDocument } from '../../../src/main/core/import/extract/own-headline';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const read = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata;

const FORMAL = '科技部办公厅关于第三、第四批国家农业科技园区验收结果的通知';
const DOCUMENT = [
  FORMAL,
  '国科办农〔2016〕61号',
  '各省、自治区、直辖市及计划单列市科技厅（委、局）：',
  '科技部于2010年、2011年启动了第三、第四批国家农业科技园区建设工作。科技部农村科技司于今年组织进行了验收，参与验收的34家园区全部通过验收（名单见附件）。',
  '特此通知。',
  '附件：通过验收的第三、第四批国家农业科技园区名单',
  '科技部办公厅',
  '2016年10月27日',
];

describe("a page's own headline over the document it reposts", () => {
  it('titles the page; the document names its issuer', () => {
    const m = read([
      '科技部发布国家农业科技园区验收结果通知',
      '来源：科技部　发布时间：2016/11/1 9:44:04',
      ...DOCUMENT,
    ]);
    expect(m.title).toBe('科技部发布国家农业科技园区验收结果通知');
    expect(m.issuer).toBe('科技部办公厅');
  });

  it("the document's own title as the headline, or cut short, leaves the formal title", () => {
    const cut = read([
      '第三、第四批国家农业科技园区验收结果',
      '来源：科技部　发布时间：2016/11/1 9:44:04',
      ...DOCUMENT,
    ]);
    expect(cut.title).toBe(FORMAL);
    expect(ownHeadlineOverDocument('关于第三、第四批国家农业科技园区验收结果的通知', FORMAL)).toBe(
      false,
    );
    expect(
      ownHeadlineOverDocument(
        '第三批国家农村产业融合发展示范园名单公布',
        '关于印发第三批国家农村产业融合发展示范园创建名单的通知',
      ),
    ).toBe(true);
  });

  it('finds the headline below the page title copy and its navigation, over any info line', () => {
    const m = read([
      '科技部发布国家农业科技园区验收结果通知',
      '首页 | 新闻 | 通知公告 | 政策法规',
      '首页 > 行业资讯 > 正文',
      '科技部发布国家农业科技园区验收结果通知',
      '来源:科技部 评论:0 点击:',
      ...DOCUMENT,
    ]);
    expect(m.title).toBe('科技部发布国家农业科技园区验收结果通知');
    // A page counter opening the info line is one of its fields too.
    const counted = read([
      '科技部发布国家农业科技园区验收结果通知',
      '访问次数:755 发布时间:2016-11-01 [字体:]',
      ...DOCUMENT,
    ]);
    expect(counted.title).toBe('科技部发布国家农业科技园区验收结果通知');
  });

  it('reads the issuer from the headline when the page does not print the signature', () => {
    const unsigned = DOCUMENT.slice(0, -2);
    const m = read([
      '河南10个!新一批国家农业科技园区验收结果公布',
      '2016-11-01 来源:某某网',
      ...unsigned,
    ]);
    expect(m.title).toBe('河南10个!新一批国家农业科技园区验收结果公布');
    expect(m.issuer).not.toBe('科技部办公厅');
  });

  it("never takes an organ's name alone, the site's header over its source line", () => {
    expect(ownHeadlineOverDocument('福建省林业局', FORMAL)).toBe(false);
    const m = read(['中华人民共和国科学技术部', '来源:科技部 发布时间:2016-11-01', ...DOCUMENT]);
    expect(m.title).toBe(FORMAL);
  });
});
