/**
 * A reporter's byline at a story's foot naming a paper's merged newsroom ("某报融媒记者 某某"):
 * the newsroom is the outlet that issued the story.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe("a byline naming a paper's newsroom", () => {
  it('names the outlet', () => {
    const { n } = readResolved(
      [
        '近日，省民政厅下发通知，确定西湖区等20个单位为示范单位。',
        '其中，杭州市西湖区北山街道、杭州市余杭区仓前街道入选示范单位名单。',
        '杭报融媒记者 王某某',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('杭报融媒');
  });
});
