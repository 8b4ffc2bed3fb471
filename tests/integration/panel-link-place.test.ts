/**
 * 相关记录 in a record's panel named a related zone by the place as its notice wrote it: 鼓楼区
 * or 台江区 alone, ambiguous across cities (南京、福州、开封、徐州 each have a 鼓楼区). It names
 * the place as the grid's 区划 column does: with its city, and its province when the ledger
 * holds more than one; a record folded into it by a merge is named the same way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

const NOTICE = `关于确认第五批省级社区治理和服务创新实验区的批复

有关市民政局：
经研究，同意将江苏省南京市鼓楼区，福建省福州市鼓楼区、台江区等3个单位确认为第五批省级社区治理和服务创新实验区。实验时间从2023年7月至2026年6月，为期三年。
`;

describe('the panel names a related record’s place with its city', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('gives a county written bare its city, and its province in a ledger of two provinces', async () => {
    const t = await apiLedger();
    cleanup = t.cleanup;
    await t.importFile('第五批实验区.txt', NOTICE);
    const ids = Object.fromEntries(
      (
        t.db.prepare('SELECT id, region_text FROM records ORDER BY id').all() as {
          id: number;
          region_text: string;
        }[]
      ).map((r) => [r.region_text, r.id]),
    );
    expect(Object.keys(ids)).toEqual(['江苏省南京市鼓楼区', '福建省福州市鼓楼区', '台江区']);
    const link = t.db.prepare(
      "INSERT INTO record_links(record_a, record_b, relation, score) VALUES (?, ?, 'same_place_other_programme', 0.9)",
    );
    link.run(ids['江苏省南京市鼓楼区'], ids['台江区']);
    const panel = await t.call('records/panel', { id: ids['江苏省南京市鼓楼区']! });
    expect(panel.links.map((l) => [l.title, l.place])).toEqual([[null, '福建省福州市台江区']]);

    // the other way round: the Nanjing zone is named with its province too
    const back = await t.call('records/panel', { id: ids['台江区']! });
    expect(back.links.map((l) => l.place)).toEqual(['江苏省南京市鼓楼区']);
  }, 120_000);
});
