/**
 * A programme phrase is looked for only in a text holding one of its ending words: every kind
 * of ending is still read (each alone in its text), and a text without any reads none.
 */
import { describe, expect, it } from 'vitest';
import { programmesIn } from '../../../src/main/core/import/extract/programme';

describe('the ending-word gate of programme phrases', () => {
  it('still reads every kind of ending', () => {
    const texts = [
      '关于确认第二批全国社区治理和服务创新实验区的通知',
      '关于公布全国农村社区治理实验区的名单',
      '全国基层治理创新典型案例名单',
      '全国民政政策理论研究基地观察点名单',
      '第三批全国农村幸福院建设示范村名单',
      '全国居家和社区养老服务改革试点名单',
      '第六届全国文明村镇名单',
      '第二批国家级绿色社区创建名单',
      '全国示范性老年友好型社区名单',
      '第二批全国特色小镇名单',
      '国家级文化生态保护区名单',
      '国家农村产业融合发展示范园名单',
      '国家现代农业产业园创建名单',
      '荣获天津市“美丽社区”称号',
    ];
    for (const text of texts) expect(programmesIn(text, null).length, text).toBeGreaterThan(0);
  });

  it('reads nothing in a text without an ending word (control)', () => {
    expect(programmesIn('某市某区某街道某社区居民委员会关于开展活动的报告', null)).toEqual([]);
    expect(programmesIn('已获此称号的社区', null)).toEqual([]);
  });
});
