/**
 * A picture's caption on a line of its own under a page's info line ("某村合作社机械化种植（资料图）")
 * is no title; a headline that older portals mark with a bare （图） still is.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { isPictureCaption } from '../../../src/main/core/import/extract/picture-caption';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const titleOf = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).metadata.title;

const BODY =
  '12月21日，记者从农业部网站获悉，农业部公布了第二批基本实现主要农作物全程机械化的示范县名单，我市平坝区成为全省唯一上榜县区。据了解，本次示范县的推荐评选根据主要农作物生产全程机械化示范县评价指标体系进行。';

describe("a picture's caption above the story", () => {
  it('is not taken for the title', () => {
    const caption = '塘约村合作社机械化种植（资料图）';
    const title = titleOf([
      '时间：2017/12/30 来源：本站原创 作者：佚名 点击： 61 次 字体：[大 中 小]',
      caption,
      BODY,
      '塘约村合作社股民在进行机械覆膜（资料图）',
    ]);
    expect(title).not.toBe(caption);
  });

  it("nor is a photographer's credit line", () => {
    expect(isPictureCaption('示范村村民在田间劳作（记者 张三 摄）')).toBe(true);
    expect(isPictureCaption('村民在新建的文化广场上跳舞(某某供图)')).toBe(true);
  });

  it('a headline marked with a bare （图） or a document title stays a title', () => {
    expect(isPictureCaption('平坝区入选全国主要农作物生产全程机械化示范县（图）')).toBe(false);
    expect(isPictureCaption('关于印发某某示范县评价办法（试行）的通知')).toBe(false);
    expect(isPictureCaption('第二批示范县名单（2017年）')).toBe(false);
  });
});
