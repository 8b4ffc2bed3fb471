/**
 * A county written short right after the short name of its own city ("某市某县" with neither
 * level word): the pair is that county, in the gazetteer's split and in a story's list; a city
 * before another city's county, two cities run together, or a city before an ordinary word
 * is no such pair. Composed from our own lines, not from a notice.
 */
import { describe, expect, it } from 'vitest';
import { splitRegionPrefix } from '../../../src/main/core/gazetteer/index';
import { readResolved } from './helpers';

const story = (units: string) =>
  readResolved(
    [
      '我省两地入选全国某项改革实验区',
      `本报讯 近日，我省${units}被民政部确认为全国某项改革实验区，实验时间为期3年。`,
    ].join('\n'),
  );

describe('a county written short after its own city written short', () => {
  it('is split as that county before a verb', () => {
    expect(splitRegionPrefix('湖州德清被评为').resolution.code).toBe('330521');
    expect(splitRegionPrefix('嘉兴海宁被').end).toBe(4);
  });

  it('is no split across two cities or before an ordinary word', () => {
    expect(splitRegionPrefix('湖州海宁被').end).toBe(0);
    expect(splitRegionPrefix('湖州嘉兴被').end).toBe(0);
    expect(splitRegionPrefix('湖州建设被').end).toBe(0);
  });

  it('gives the units of a story that writes them so', () => {
    const { n, codes } = story('湖州德清、嘉兴海宁');
    expect(n.records.map((r) => r.regionText)).toEqual(['湖州德清', '嘉兴海宁']);
    expect(codes).toEqual(['330521', '330481']);
  });

  it('gives no unit for a city before another city’s county', () => {
    expect(story('湖州海宁、嘉兴德清').n.records).toHaveLength(0);
  });

  it('gives no unit for two cities run together or a city before an ordinary word', () => {
    expect(story('湖州嘉兴、宁波杭州').n.records).toHaveLength(0);
    expect(story('湖州建设、嘉兴发展').n.records).toHaveLength(0);
  });
});
