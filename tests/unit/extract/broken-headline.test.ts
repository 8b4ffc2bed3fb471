/**
 * A headline set in two lines and broken mid-phrase ("…48家市级" / "农业产业化龙头企业"): the first
 * line ends on a word waiting for its noun, so the title is both lines. A first line that ends
 * whole (on a count, on 等级), or a second line that is the body's first sentence, is left alone
 * (look-alikes).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const title = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.title;
const BODY =
  '本报讯(记者 张某)昨日,在市委农村工作会议上,我市命名第九批48家市级农业产业化经营重点龙头企业,对142家监测合格的企业予以保留。';

describe('a headline broken mid-phrase', () => {
  it('joins the line ending on 市级 with the line under it', () => {
    expect(title(['郑州再命名48家市级', '农业产业化龙头企业', BODY])).toBe(
      '郑州再命名48家市级农业产业化龙头企业',
    );
  });

  it('joins the line ending on 和 with the line under it', () => {
    expect(title(['某市命名第九批龙头企业和', '农业产业化示范基地', BODY])).toBe(
      '某市命名第九批龙头企业和农业产业化示范基地',
    );
  });

  it('leaves a headline ending on a count or on 等级 alone (look-alikes)', () => {
    const SPONGE =
      '本刊讯 近日,财政部、住房城乡建设部、水利部公布2033年海绵城市建设试点城市名单,全国海绵城市建设试点城市增至30个。';
    expect(title(['全国海绵城市建设试点城市增至30个', '论文部分内容阅读', SPONGE])).toBe(
      '全国海绵城市建设试点城市增至30个',
    );
    expect(title(['20家社会组织被降低评估等级', '20家社会组织被降低评估等级', BODY])).toBe(
      '20家社会组织被降低评估等级',
    );
  });

  it("leaves the body's first sentence under an open line out of the title (look-alike)", () => {
    expect(title(['郑州再命名48家市级', BODY])).toBe('郑州再命名48家市级');
  });

  it('leaves a whole headline alone over a subtitle (look-alike)', () => {
    expect(title(['郑州再命名市级农业产业化龙头企业', '142家保留', BODY])).toBe(
      '郑州再命名市级农业产业化龙头企业',
    );
  });

  it('leaves a signing bureau, a date, a subtitle or a spaced field under an open line out (look-alikes)', () => {
    for (const under of [
      '郑州市农业农村局',
      '市场监督管理局',
      '2023年5月6日',
      '二〇二三年五月六日',
      '——记我市农业产业化龙头企业',
      '第一章 春天来了',
    ])
      expect(title(['郑州再命名48家市级', under, BODY])).toBe('郑州再命名48家市级');
  });
});
