/**
 * A notice's title printed again at the head of each page lands between its list's lines, like
 * the story's headline among a page's index of its items. It is no index: the title heads the
 * run of the list's lines, or the notice's sentences have begun above the list, and an index
 * names its items once. The list stays the notice's own.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TITLE = '郑州市民政局关于公布2023年市级示范社区名单的通知';

describe("a list cut by the title's running head", () => {
  it('keeps a list set right under its title, the title printed again on each page', () => {
    const { codes } = readResolved(
      [
        '2023年郑州市市级示范社区名单',
        '惠济区长兴路街道南阳社区',
        '金水区丰产路街道黄河社区',
        '2023年郑州市市级示范社区名单',
        '中原区林山寨街道百花社区',
        '二七区五里堡街道大学路社区',
        '2023年郑州市市级示范社区名单',
        '郑州市民政局',
      ].join('\n'),
    );
    expect([...codes].sort()).toEqual(['410102', '410103', '410105', '410108']);
  });

  it("keeps a list after the notice's sentences, its title printed again among the lines", () => {
    const { codes } = readResolved(
      [
        TITLE,
        '各区县（市）民政局：',
        '经评审，现将2023年市级示范社区名单公布如下。',
        '惠济区长兴路街道南阳社区',
        '金水区丰产路街道黄河社区',
        TITLE,
        '中原区林山寨街道百花社区',
        '二七区五里堡街道大学路社区',
        TITLE,
        '郑州市民政局',
        '2023年5月12日',
      ].join('\n'),
    );
    expect(codes).toContain('410102');
    expect(codes).toContain('410103');
  });
});
