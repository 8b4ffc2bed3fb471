/**
 * A portal's disclosure table above a document (索引号 | … | 分类 | …, 发布机构 | 某厅, 文号 | …),
 * its labels spaced out to one width ("索  引  号", "标        题"): the page's metadata, never a
 * list; the organ beside 发布机构 issues the document, the number beside 文号 is its own.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const page = [
  '索  引  号\t000111222/2031-00007\t分        类\t政策文件 社区治理 意见',
  '发布机构\t江西省民政厅\t发文日期\t2031-03-04',
  '标        题\t关于推进社区服务便民化的实施意见',
  '文        号\t某民基〔2031〕3号\t主  题  词\t江西省,社区服务,实施意见',
  '内容概述\t关于推进社区服务便民化的实施意见',
  '关于推进社区服务便民化的实施意见',
  '各设区市民政局:',
  '为推进社区服务便民化,结合我省实际,制定如下实施意见:',
  '一、总体要求',
  '到2035年,社区服务更加便捷。',
].join('\n');

describe('a disclosure table with spaced-out labels', () => {
  it('lists nothing', () => {
    const { n } = readResolved(page);
    expect(n.records).toEqual([]);
  });

  it('gives the issuing organ beside 发布机构', () => {
    expect(readResolved(page).n.metadata.issuer).toBe('江西省民政厅');
  });

  it('gives the document its own number beside 文号', () => {
    expect(readResolved(page).n.metadata.docNo).toBe('某民基〔2031〕3号');
  });

  it('a number cited in a sentence is still no 文号 of the notice', () => {
    const cited = page.replace('文        号\t某民基〔2031〕3号\t', '主  题  词\t社区\t');
    const text = cited.replace(
      '结合我省实际',
      '根据《关于加强社区服务的通知》(某民发〔2030〕9号)精神,结合我省实际',
    );
    expect(readResolved(text).n.metadata.docNo).toBeNull();
  });
});
