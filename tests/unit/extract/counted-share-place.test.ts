/**
 * A place's count of its units that goes on to name them in the same sentence ("其中，某区3个
 * 社区上榜，分别是甲街道A社区、…"): the streets named there lie in the counted place.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('units named after a place counts them', () => {
  it('lie in the counted place when they write no county of their own', () => {
    const { n, codes } = readResolved(
      '近日，省里公布了新一批示范社区名单，全省共有86个社区入选。其中，杭州市西湖区3个社区上榜，' +
        '分别是北山街道宝石社区、西溪街道庆丰社区、翠苑街道翠苑一区社区。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '北山街道宝石社区',
      '西溪街道庆丰社区',
      '翠苑街道翠苑一区社区',
    ]);
    expect(codes).toEqual(['330106', '330106', '330106']);
  });

  it('keep the counties they write themselves', () => {
    const { codes } = readResolved(
      '近日，省里公布了新一批示范社区名单。其中，浙江省2个社区上榜，' +
        '分别是宁波市海曙区南门街道尹江岸社区、温州市鹿城区五马街道墨池社区。',
    );
    expect(codes).toEqual(['330203', '330302']);
  });

  it('end with their sentence: a later sentence is read outside the counted place', () => {
    const { n, codes } = readResolved(
      '近日，省里公布了新一批示范社区名单。其中，杭州市西湖区2个社区上榜，分别是北山街道宝石社区、' +
        '西溪街道庆丰社区。宁波市海曙区1个社区上榜，即南门街道尹江岸社区。另有西兴街道江汉社区获提名。',
    );
    // Neither the next place's count (宁波市海曙区) nor a street of 滨江区 (西兴街道) is the
    // first place's share.
    expect(n.records.map((r) => r.regionText)).toEqual(['北山街道宝石社区', '西溪街道庆丰社区']);
    expect(codes).toEqual(['330106', '330106']);
  });

  it('are no one place’s share when another place’s count comes before 分别是', () => {
    const { codes } = readResolved(
      '近日，省里公布了新一批示范社区名单。其中，杭州市西湖区2个社区上榜，滨江区1个，' +
        '分别是北山街道宝石社区、西溪街道庆丰社区、西兴街道江汉社区。',
    );
    // 西兴街道 lies in 滨江区 (330108): never placed in 西湖区 for the first count's sake.
    expect(codes).not.toContain('330106');
  });
});
