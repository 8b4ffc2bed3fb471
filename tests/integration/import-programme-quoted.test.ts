/**
 * Later notices that write the programme as who awards it and the honour's quoted name,
 * composed here after the corpus's 千年古县 notices: a city's news writes 联合国“千年古县” for
 * the list's 千年古县 (the UN's place-name experts award it). Each county keeps one record in
 * either order, joined by the later notice; a province's own programme of the quoted name
 * (河南省“千年古县”) is another list, never joined.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importedLedgers } from '../support/imported-ledger';
import { textFile } from '../support/text-file';

const list = textFile('list.txt', [
  '千年古县名单',
  '如今已被评定为“千年古县”的有：',
  '河北省：魏县、武安市、涉县',
]);
const news = (name: string, sponsor: string) =>
  textFile(name, [
    `邯郸市3县入选${sponsor}“千年古县”名单`,
    `本报讯 日前，${sponsor}“千年古县”名单公布，此次河北省有3个古县入选，分别是：魏县、武安市、涉县。`,
  ]);

describe('a later notice writing the programme with its sponsor before its quoted name', () => {
  const ledgerOf = importedLedgers();
  const live = (db: Database.Database) =>
    db
      .prepare(
        `SELECT region_code AS code, programme,
                (SELECT count(*) FROM mentions m WHERE m.record_id = r.id) AS mentions
           FROM records r WHERE merged_into IS NULL AND deleted_at IS NULL ORDER BY region_code, id`,
      )
      .all() as { code: string; programme: string; mentions: number }[];

  it('names the programmes the test composes', async () => {
    const one = live(await ledgerOf([news('news.txt', '联合国')]));
    expect(one.map((r) => r.programme)).toEqual(Array(3).fill('联合国“千年古县”'));
    const two = live(await ledgerOf([list]));
    expect(two.map((r) => r.programme)).toEqual(Array(3).fill('千年古县'));
  });

  for (const order of ['in order', 'later first'] as const) {
    const inOrder = <T>(xs: T[]) => (order === 'in order' ? xs : [...xs].reverse());

    it(`joins each county to its one record (${order})`, async () => {
      const rows = live(await ledgerOf(inOrder([list, news('news.txt', '联合国')])));
      expect(rows.map((r) => r.code)).toEqual(['130426', '130434', '130481']);
      expect(rows.map((r) => r.mentions)).toEqual([2, 2, 2]);
    });

    it(`joins two sponsors' words before one quoted name (${order})`, async () => {
      const rows = live(
        await ledgerOf(inOrder([news('a.txt', '联合国'), news('b.txt', '中国地名文化遗产')])),
      );
      expect(rows.map((r) => r.mentions)).toEqual([2, 2, 2]);
    });

    it(`never joins a province's own programme of the quoted name (${order})`, async () => {
      const rows = live(await ledgerOf(inOrder([list, news('news.txt', '河北省')])));
      expect(new Set(rows.map((r) => r.programme))).toEqual(
        new Set(['千年古县', '河北省“千年古县”']),
      );
      expect(rows.map((r) => r.mentions)).toEqual([1, 1, 1, 1, 1, 1]);
    });
  }
});
