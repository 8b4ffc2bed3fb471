/**
 * Outlets named the ways relaying pages name them: a story passed on from a paper opening
 * with 据…报道（记者…）, and a portal's info line labelling its source 来自 rather than 来源.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a story passed on from a paper with 据…报道', () => {
  it('names the paper, not 据', () => {
    const { n } = readResolved(
      [
        '我市3个社区获评',
        '据江城晚报报道（记者 王某）记者日前从市民政局获悉，我市江岸区、江汉区、硚口区3个城区获评全国某某示范城区。',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('江城晚报');
  });
});

describe('a portal info line labelling its source 来自', () => {
  it('names the outlet and dates the item by the line', () => {
    const { n } = readResolved(
      [
        '某省两镇入选古镇名单',
        '当前位置: 首页 > 地方动态',
        '2019年03月12日 来自: 江南网 字体：[大 中 小]',
        '记者11日从省民政厅获悉，嘉善县西塘镇、桐乡市乌镇镇入选第一批古镇名单。',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('江南网');
    expect(n.metadata.issuedOn).toBe('2019-03-12');
  });
});
