/**
 * A case table whose 推荐单位 column names the organ that put the case forward beside a 地区
 * column naming the case's place: an organ written with a place of its own (某市民政局) is
 * that organ, never glued after the case's place; one written bare (民政局) is read in it.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { readNotice } from '../../../src/main/core/import/readers';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';

const CSV = [
  '序号,地区,案例名称,推荐单位',
  '1,浙江省湖州市吴兴区,《以邻里议事会凝聚小区共识》,湖州市民政局',
  '2,江苏省徐州市鼓楼区,《楼道微治理激活居民自治》,江苏省民政厅',
  '3,湖州市南浔区,《村规民约引导移风易俗》,南浔区民政局',
  '4,浙江省衢州市柯城区,《网格议事破解停车难题》,民政局',
].join('\n');

async function read(csv = CSV) {
  const doc = await readNotice('优秀案例.csv', new Uint8Array(Buffer.from(csv, 'utf8')));
  const n = extractNotice(doc, { fileName: '优秀案例.csv', regions: gazetteerRegionLookup() });
  const codes = resolveRecords(n).resolved.map((r) => r.resolution?.regionCode ?? null);
  return { n, codes };
}

describe('a case table with a 推荐单位 column', () => {
  it('keeps an organ that names its own place as written, and the case in its 地区', async () => {
    const { n, codes } = await read();
    expect(n.records.map((r) => r.unit)).toEqual([
      '湖州市民政局',
      '江苏省民政厅',
      '南浔区民政局',
      '浙江省衢州市柯城区民政局',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '浙江省湖州市吴兴区',
      '江苏省徐州市鼓楼区',
      '湖州市南浔区',
      '浙江省衢州市柯城区',
    ]);
    expect(codes).toEqual(['330502', '320302', '330503', '330802']);
  });

  it('still reads a unit cell that restates its county column whole, as its place', async () => {
    const { n } = await read(
      ['序号,县（市、区）,村落名称', '1,平遥县,平遥县岳壁乡梁村'].join('\n'),
    );
    expect(n.records.map((r) => [r.regionText, r.unit])).toEqual([['平遥县岳壁乡梁村', undefined]]);
  });
});
