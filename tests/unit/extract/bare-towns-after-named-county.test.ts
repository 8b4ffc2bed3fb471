/**
 * A county's story that names it once and then lists its towns bare, closed by what they were
 * made ("这是枞阳县首次获此项殊荣；浮山镇、老洲镇、麒麟镇、会宫镇入选“…文明村镇”"): when the
 * division list no longer holds every town under one county by that name (one merged or renamed
 * since), the county named before the run in its paragraph places them. Controls: with no county
 * named before, or one that holds none of the towns, the run stays unread as before.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (lead: string) =>
  [
    '我县荣获省级文明县城称号',
    '2017年06月22日08时00分',
    `日前,省文明县城表彰名单公布,我县被授予“第四届安徽省文明县城”称号${lead}。同时,浮山镇、老洲镇、麒麟镇、会宫镇入选“第四届安徽省文明村镇”;据了解,此次表彰进一步调动了全社会的积极性。`,
  ].join('\n');

describe('bare towns after the county the story named', () => {
  it('are read in that county', () => {
    const { n, codes } = readResolved(story(',这是枞阳县首次获此项殊荣'));
    expect(n.records.map((r) => r.regionText)).toEqual(['浮山镇', '老洲镇', '麒麟镇', '会宫镇']);
    // 老洲镇 has since moved to 铜陵's 郊区: under the province's own programme (安徽省文明村镇) it
    // is placed where today's division list holds it, the other three in the county named.
    expect(codes.filter((c) => c !== null)).toEqual(['340722', '340711', '340722', '340722']);
  });

  it('stay unread with no county named before them, or one that holds none of them', () => {
    expect(readResolved(story('')).n.records).toEqual([]);
    expect(readResolved(story(',这是余杭区首次获此项殊荣')).n.records).toEqual([]);
  });
});
