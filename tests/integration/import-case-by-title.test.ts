/**
 * A case named by its title only, composed here: a news page lists two cases with their
 * titles, and a later feature names one of them in a sentence that opens with its title and
 * writes the sub-list's name (推荐案例) and its own year. One record per case in either order,
 * the feature a mention of the case it names.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempLedger } from '../support/temp-ledger';
import * as OpenCC from 'opencc-js';
import { textFile } from '../support/text-file';

const LIST = textFile('list.txt', [
  '济南市2个案例入选典型案例',
  '2023年8月2日 来源：某某网',
  '由某报社开展的“全国2023创新社会治理典型案例”正式发布。此次济南市共入选2个案例，分别为《历下区以“居民议事厅”破解老旧小区治理难题》和《章丘区探索村级事务阳光公开新路径》。',
]);

const FEATURE = textFile('feature.txt', [
  '老旧小区有了“议事厅”',
  '2024-03-05　来源：历下区融媒体中心',
  '走进历下区某某小区，几位居民正在议事厅里商量停车位的事。',
  '2023年，《历下区以居民议事厅破解老旧小区治理难题》入选全国2023创新社会治理推荐案例。小区里的大事小事，大家商量着办。',
]);

// Two cases whose titles end alike (one read of the live cases serves both items) and a
// feature naming both: each joins its own case, told apart by the whole title.
const LIST_ALIKE = textFile('list-alike.txt', [
  '济南市2个案例入选典型案例',
  '2023年8月2日 来源：某某网',
  '由某报社开展的“全国2023创新社会治理典型案例”正式发布。此次济南市共入选2个案例，分别为《槐荫区以“邻里议事会”破解老旧小区停车难题》和《天桥区以“楼栋长制”破解老旧小区管理难题》。',
]);

const FEATURE_ALIKE = textFile('feature-alike.txt', [
  '老旧小区的两道难题',
  '2024-03-05　来源：某某融媒体中心',
  '2023年，《槐荫区以邻里议事会破解老旧小区停车难题》和《天桥区以楼栋长制破解老旧小区管理难题》入选全国2023创新社会治理推荐案例。',
]);

function cases(db: Database.Database) {
  return db
    .prepare(
      `SELECT r.region_code AS code, r.title,
              (SELECT count(*) FROM mentions m WHERE m.record_id = r.id) AS mentions
         FROM records r WHERE r.merged_into IS NULL AND r.deleted_at IS NULL ORDER BY r.region_code`,
    )
    .all();
}

describe('a later item naming a case by its title only', () => {
  const made: Awaited<ReturnType<typeof tempLedger>>[] = [];
  afterAll(() => made.forEach((l) => l.cleanup()));

  for (const order of ['in order', 'in reverse'] as const) {
    it(`joins the one case of that title (${order})`, async () => {
      const t = await tempLedger();
      made.push(t);
      const files = order === 'in order' ? [LIST, FEATURE] : [FEATURE, LIST];
      for (const f of files) await importFiles(t.ledger, [f]);
      const got = cases(t.ledger.db) as { code: string; title: string; mentions: number }[];
      expect(got.map((r) => [r.code.slice(0, 6), r.mentions])).toEqual([
        ['370102', 2],
        ['370114', 1],
      ]);
    });
  }

  it('tells apart two cases whose titles end alike, named in one sentence', async () => {
    const t = await tempLedger();
    made.push(t);
    await importFiles(t.ledger, [LIST_ALIKE, FEATURE_ALIKE]);
    const got = cases(t.ledger.db) as { code: string; title: string; mentions: number }[];
    expect(got.map((r) => [r.code.slice(0, 6), r.mentions])).toEqual([
      ['370104', 2],
      ['370105', 2],
    ]);
  });

  // A traditional reprint of the list keeps its titles as written; a simplified feature names
  // one of them: the title's key folds the script, so must the lookup of its cases.
  it('joins a case a traditional reprint listed, named in simplified', async () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const text = new TextDecoder().decode(LIST.bytes);
    const reprint = {
      name: 'list-reprint.txt',
      bytes: new Uint8Array(Buffer.from(toTraditional(text), 'utf8')),
    };
    const t = await tempLedger();
    made.push(t);
    await importFiles(t.ledger, [reprint]);
    await importFiles(t.ledger, [FEATURE]);
    const got = cases(t.ledger.db) as { code: string; title: string; mentions: number }[];
    expect(got.map((r) => [r.code.slice(0, 6), r.title.slice(0, 3), r.mentions])).toEqual([
      ['370102', '歷下區', 2],
      ['370114', '章丘區', 1],
    ]);
  });
});
