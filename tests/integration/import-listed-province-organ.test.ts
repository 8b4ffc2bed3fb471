/**
 * A news item naming a province's department among a programme's pilot areas (composed
 * here): the department is one of the pilot units, so the item makes a record at its province
 * (a news item never does for a province named bare), kind zone like the places beside it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempLedger } from '../support/temp-ledger';

const NEWS = {
  name: 'news.txt',
  bytes: new Uint8Array(
    Buffer.from(
      [
        '甘肃省民政厅、兰州市、榆中县被确定为全国殡葬综合改革试点地区(单位)',
        '2031-04-02 来源：某某报',
        '近日，民政部确定甘肃省民政厅、兰州市、榆中县等80个地区(单位)作为全国殡葬综合改革试点地区(单位)。各试点地区要制订试点工作方案。',
      ].join('\n'),
      'utf8',
    ),
  ),
};

describe('a province’s department among the pilot areas of a news item', () => {
  const made: Awaited<ReturnType<typeof tempLedger>>[] = [];
  afterAll(() => made.forEach((l) => l.cleanup()));

  it('is a record at its province beside the places', async () => {
    const t = await tempLedger();
    made.push(t);
    const out = await importFiles(t.ledger, [NEWS], { dryRun: true });
    expect(out.records.map((r) => [r.kind, r.regionCode])).toEqual([
      ['zone', '620000'],
      ['zone', '620100'],
      ['zone', '620123'],
    ]);
  });
});
