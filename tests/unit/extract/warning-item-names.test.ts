/**
 * A warning about one item names it so staff can find it: lists of places under their
 * province, or rows without a number, give no 序号, and such an item is named by its place,
 * never as 第?项 or by an empty title “”. A summary of several items names each of them, and
 * a place the reading already warned about is not warned about again in other words.
 */
import { describe, expect, it } from 'vitest';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { readResolved } from './helpers';

function warningsOf(lines: string[]) {
  const { n } = readResolved(lines.join('\n'));
  return [...n.warnings, ...resolveRecords(n).warnings];
}

const HEAD = [
  '民政部关于同意确认第三批全国农村社区建设实验县（市、区）的批复',
  '各省、自治区、直辖市民政厅（局）：',
  '经研究，同意河北省石家庄市长安区等6个县（市、区）为全国农村社区建设实验县（市、区），名单如下：',
  '河北省：石家庄市长安区、唐山市路南区',
];
const FOOT = ['民政部', '2009年3月1日'];

describe('warnings about items without a 序号', () => {
  it('name the item by its place, never 第?项 or an empty “”', () => {
    const ws = warningsOf([...HEAD, '新疆生产建设兵团：兵直三三三團、农九师一六一团', ...FOOT]);
    const region = ws.filter((w) => w.code === 'region_unresolved');
    expect(region.map((w) => w.message)).toEqual(['地区“兵直三三三團”无法确定区划代码']);
    for (const w of ws) expect(w.message).not.toMatch(/第\?项|“”/);
  });

  it('summarise several items naming each of them, and say each place once', () => {
    const ws = warningsOf([...HEAD, '贵州省：贵安新区马场园区、贵安新区湖潮园区', ...FOOT]);
    const region = ws.filter((w) => w.code === 'region_unresolved');
    expect(region).toHaveLength(1);
    expect(region[0]?.message).toBe(
      '2项的地区无法识别为行政区划：“贵安新区马场园区”、“贵安新区湖潮园区”',
    );
    expect(region[0]).toMatchObject({ regionTexts: ['贵安新区马场园区', '贵安新区湖潮园区'] });
  });
});

describe('warnings about numbered items', () => {
  it('still name them by 序号', () => {
    const ws = warningsOf([
      '关于公布第二批社区治理创新典型案例的通知',
      '各市民政局：',
      '现将入选名单公布如下：',
      '1. 石家庄市长安区：推行“小区议事会”制度',
      '2. 某某新区：打造****服务平台',
      '河北省民政厅',
      '2021年3月1日',
    ]);
    expect(ws.map((w) => w.message)).toEqual([
      '第2项含有被遮挡的文字（如****）',
      '第2项的地区“某某新区”无法识别为行政区划',
    ]);
  });
});
