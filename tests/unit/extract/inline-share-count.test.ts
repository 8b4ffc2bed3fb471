/**
 * A place's share that names its members in its own sentence ("…，某省有两家机构上榜，分别为A、B。")
 * is checked against what that sentence gave, even where the page's national total already
 * drew a count warning: the share's unread members are said, not hidden behind the total.
 */
import { describe, expect, it } from 'vitest';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { unreadInlineShares } from '../../../src/main/core/import/extract/inline-shares';
import type { ListDraft } from '../../../src/main/core/import/extract/drafts';

const TEXT =
  '全国共有80个机构被命名为示范机构，河北省有两家机构上榜，分别为保定某某护理院、唐山市某某服务中心。';

function listAt(...names: string[]): ListDraft[] {
  const items = names.map((n) => {
    const start = TEXT.indexOf(n);
    return { seq: null, start, end: start + n.length, regionText: n, title: '', warnings: [] };
  });
  return [
    {
      layout: 'sentence',
      items,
      start: items[0]!.start,
      end: items[items.length - 1]!.end,
      categories: [],
      lineIndexes: [0],
    },
  ];
}

describe('a share naming its members in its own sentence', () => {
  it('is said when its members were not read', () => {
    const [w] = unreadInlineShares(keyText(TEXT), []);
    expect(w).toMatchObject({ code: 'count_mismatch', stated: 2, found: 0 });
    expect(w?.message).toContain('河北省有两家机构上榜');
  });

  it('says nothing when the sentence gave as many entries as it counts', () => {
    expect(
      unreadInlineShares(keyText(TEXT), listAt('保定某某护理院', '唐山市某某服务中心')),
    ).toEqual([]);
  });

  it('leaves members on the lines below to the lists’ own counts', () => {
    const text = '河北省有3个村入选，分别是：\n甲村\n乙村\n丙村';
    expect(unreadInlineShares(keyText(text), [])).toEqual([]);
  });
});
