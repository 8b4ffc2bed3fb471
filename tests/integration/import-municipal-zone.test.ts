/**
 * A news item listing pilot areas, one of them a zone of its own under a municipality
 * (composed here): the zone resolves to the municipality's code, which for a 直辖市 is the
 * city level, so the item is a record like the cities beside it; a province named bare in
 * the same list is still no record.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempLedger } from '../support/temp-ledger';

const NEWS = {
  name: 'news.txt',
  bytes: new Uint8Array(
    Buffer.from(
      [
        '首批邻里服务圈试点名单公布',
        '2031-04-02 来源：某某报',
        '记者从某部获悉，首批邻里服务圈试点名单公布，这4个试点地区为：江苏省扬州市、重庆市青岚新区、四川省绵阳市、湖北省宜昌市。',
      ].join('\n'),
      'utf8',
    ),
  ),
};

describe('a zone of its own under a municipality in a news list', () => {
  const made: Awaited<ReturnType<typeof tempLedger>>[] = [];
  afterAll(() => made.forEach((l) => l.cleanup()));

  it('is kept at the municipality code beside the cities', async () => {
    const t = await tempLedger();
    made.push(t);
    const out = await importFiles(t.ledger, [NEWS], { dryRun: true });
    const codes = out.records.map((r) => r.regionCode);
    expect(codes).toEqual(['321000', '500000', '510700', '420500']);
  });
});
