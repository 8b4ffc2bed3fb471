/**
 * A short story of a plaque unveiled or handed over for an honour: the place the ceremony is
 * held at, written by its township or community alone, is the honoured unit — placed in the
 * county the page writes before it (its outlet, its headline) or that its towns alone name.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a plaque ceremony held at the honoured unit', () => {
  it('names the community the unveiling is held in', () => {
    const { n, codes } = readResolved(
      [
        '全国乡村治理示范村揭牌仪式举行',
        '发布时间：2022-05-06 09:30　来源：平邑县融媒体中心',
        '5月6日，“全国乡村治理示范村”揭牌仪式在地方镇柳塘村举行。县委副书记出席活动并讲话。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['地方镇柳塘村']);
    expect(codes).toEqual(['371326']);
    expect(n.metadata.role).toBe('news');
  });

  it('names the community a plaque is handed to', () => {
    const { n, codes } = readResolved(
      [
        '宜都市民政局为青松社区授牌',
        '发布时间：2020-03-02 10:00　来源：宜都市民政局',
        '3月2日，宜都市民政局为被确定为全省“幸福社区”之一的陆城街道青松社区举行授牌仪式。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['陆城街道青松社区']);
    expect(codes).toEqual(['420581']);
  });

  it('names the township whose home a station is unveiled in', () => {
    const { n, codes } = readResolved(
      [
        '平邑县首家乡镇社会工作服务站揭牌',
        '平邑县融媒体中心 发布时间：2021-09-23',
        '近日，平邑县首家乡镇社会工作服务站在地方镇敬老院揭牌，标志着全县社工站建设全面铺开。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['地方镇']);
    expect(codes).toEqual(['371326']);
  });

  it('names nothing held at an organ, or at a place no county on the page holds', () => {
    const organ = readResolved(
      [
        '全国乡村治理示范村揭牌仪式举行',
        '来源：平邑县融媒体中心',
        '5月6日，“全国乡村治理示范村”揭牌仪式在县民政局举行。',
      ].join('\n'),
    );
    expect(organ.n.records).toEqual([]);
    const nowhere = readResolved(
      [
        '全国乡村治理示范村揭牌仪式举行',
        '来源：平邑县融媒体中心',
        '5月6日，“全国乡村治理示范村”揭牌仪式在青禾镇白云溪村举行。',
      ].join('\n'),
    );
    expect(nowhere.n.records).toEqual([]);
  });
});
