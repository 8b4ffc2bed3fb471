/**
 * The State Council's list names its pilot whole (内地居民婚姻登记“跨省通办”试点); a relay names it
 * only by what its provinces carry out (结婚登记和离婚登记“跨省通办”试点: read as the marriage
 * registration pilot, whom it serves left out). The relay's provinces are the list's records:
 * mentions, not new records, in either order. A relay of another pilot sharing the tail
 * (户口迁移“跨省通办”试点) stays a record of its own. Composed notices, real division names.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importedLedgers } from '../support/imported-ledger';
import { textFile } from '../support/text-file';

const LIST = textFile('list.txt', [
  '国务院关于同意在部分地区开展内地居民婚姻登记“跨省通办”试点的批复',
  '民政部：',
  '同意在辽宁省、山东省开展内地居民婚姻登记“跨省通办”试点。试点期限为2年。',
  '国务院',
  '2021年4月15日',
]);
const RELAY = textFile('relay.txt', [
  '扯证不限户籍地！婚姻登记在试点省份可跨省通办',
  '民政部19日宣布，今年6月1日开始，将在辽宁山东实施结婚登记和离婚登记“跨省通办”试点。试点期限为2年。',
]);
const OTHER = textFile('other.txt', [
  '迁户口不再两头跑',
  '公安部19日宣布，今年6月1日开始，将在辽宁山东实施户口迁移登记“跨省通办”试点。试点期限为2年。',
]);

const live = (db: Database.Database) =>
  db
    .prepare(
      `SELECT region_code AS code, programme,
              (SELECT count(*) FROM mentions m WHERE m.record_id = r.id) AS mentions
         FROM records r WHERE merged_into IS NULL AND deleted_at IS NULL
        ORDER BY programme, region_code`,
    )
    .all() as { code: string; programme: string; mentions: number }[];

describe('a relay naming the pilot without whom it serves', () => {
  const ledgerOf = importedLedgers();

  it('mentions the list’s records, the list first', async () => {
    const rows = live(await ledgerOf([LIST, RELAY]));
    expect(rows.map((r) => [r.code, r.mentions])).toEqual([
      ['210000', 2],
      ['370000', 2],
    ]);
  });

  it('and the relay first', async () => {
    const rows = live(await ledgerOf([RELAY, LIST]));
    expect(rows.map((r) => [r.code, r.mentions])).toEqual([
      ['210000', 2],
      ['370000', 2],
    ]);
  });

  it('leaves another pilot sharing the tail apart', async () => {
    const rows = live(await ledgerOf([LIST, OTHER]));
    expect(rows.map((r) => [r.code, r.mentions])).toEqual([
      ['210000', 1],
      ['370000', 1],
      ['210000', 1],
      ['370000', 1],
    ]);
  });
});
