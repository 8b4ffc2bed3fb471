/**
 * A repost's label before the story's headline ("原标题：…", traditional "原標題:") says where
 * the headline came from: the title is the headline without it. A headline that only begins
 * with 原 (a place such as 原平市) keeps every word.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const body =
  '民政部14日发布公告，决定对某某协会、某某学会等7家社会组织降低评估等级。被降级的社会组织须在15日内退回原证书。';

describe('a headline after 原标题', () => {
  it('is the title without the label', () => {
    const { n } = readResolved(['原标题：民政部：某某协会等7家社会组织被降级', body].join('\n'));
    expect(n.metadata.title).toBe('民政部：某某协会等7家社会组织被降级');
  });

  it('is the title without the label in traditional characters and a half-width colon', () => {
    const { n } = readResolved(['原標題:民政部:某某協會等7家社會組織被降級', body].join('\n'));
    expect(n.metadata.title).toBe('民政部:某某協會等7家社會組織被降級');
  });

  it('control: a headline beginning with a place named 原… keeps it', () => {
    const { n } = readResolved(['原平市民政局：某某协会等7家社会组织被降级', body].join('\n'));
    expect(n.metadata.title).toBe('原平市民政局：某某协会等7家社会组织被降级');
  });
});
