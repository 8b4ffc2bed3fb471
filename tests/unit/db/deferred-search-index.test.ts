/**
 * A multi-file import writes its records' quick-search rows once, just before its
 * transaction commits: a file that fails in the middle (after its records were inserted)
 * leaves no search row behind, its ids taken again by the next file are indexed with that
 * file's text, records edited or deleted later in the same transaction are indexed as they
 * then are, a read of the index inside the transaction already sees the earlier files, and
 * the index checks out whole. A single write indexes as it always did.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/app/import/import-notices';
import { writeInOneTransaction } from '../../../src/main/app/import/file-batch';
import { searchIndexCurrent } from '../../../src/main/db/write/deferred-search-index';
import {
  importSummary,
  insertImport,
  writeImport,
  type RecordDraft,
} from '../../../src/main/db/write/import-rows';
import { withOperation } from '../../../src/main/db/write/with-operation';
import { composedNotice } from '../../support/notice-draft';
import { HEBEI_ZONES } from '../../support/sample-notice';
import { tempLedger } from '../../support/temp-ledger';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

const notice = (tag: string) => composedNotice(tag, { sha256: `sha-${tag}` });

/** n records whose titles say which file they came from (甲乙丙: file 甲乙丙). */
const records = (tag: string, n: number): RecordDraft[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'zone',
    fields: { seq: i + 1, title: `${tag}协商议事第${i + 1}号`, content: `${tag}说明${i + 1}` },
    seq: i + 1,
    span: { start: i * 10, end: i * 10 + 8 },
    extracted: { n: i },
  }));

const search = (db: Database.Database, term: string) =>
  (
    db
      .prepare('SELECT rowid AS id FROM records_fts WHERE records_fts MATCH ? ORDER BY rowid')
      .all(`"${term}"`) as { id: number }[]
  ).map((r) => r.id);

/** The records whose indexed text holds the term, read from the records themselves. */
const idsWithTitle = (db: Database.Database, term: string) =>
  (
    db
      .prepare(
        `SELECT id FROM records WHERE instr(concat_ws(' ', region_text, unit, title, content, programme), ?) > 0 ORDER BY id`,
      )
      .all(term) as { id: number }[]
  ).map((r) => r.id);

function expectIndexWhole(db: Database.Database) {
  expect(() =>
    db.exec("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')"),
  ).not.toThrow();
  expect(db.prepare('SELECT count(*) AS n FROM fts_pending').get()).toEqual({ n: 0 });
}

/**
 * One file as one import operation; `after` runs inside it after its records were inserted,
 * and `fail` throws after that.
 */
const writeFile =
  (db: Database.Database) => (f: { tag: string; n: number; fail?: boolean; after?: () => void }) =>
    withOperation(
      { db },
      { kind: 'import', summary: importSummary(notice(f.tag)), actor: 'import' },
      (tx) => {
        const w = insertImport(tx, notice(f.tag), records(f.tag, f.n));
        f.after?.();
        if (f.fail) throw new Error(`${f.tag} broke after its records`);
        return w;
      },
    );

describe('search rows deferred to the commit of a multi-file import', () => {
  it('a file failing in the middle leaves the index exactly right', async () => {
    const db = await ledgerDb();
    writeImport(db, notice('前'), records('前前前', 5)); // indexed at once, as before
    const out = writeInOneTransaction(
      db,
      [
        { tag: '甲甲甲', n: 70 },
        { tag: '乙乙乙', n: 30, fail: true },
        { tag: '丙丙丙', n: 40 },
      ],
      writeFile(db),
    );
    expect(out.map((r) => r.ok)).toEqual([true, false, true]);
    expectIndexWhole(db);
    expect(search(db, '乙乙乙')).toEqual([]);
    for (const tag of ['前前前', '甲甲甲', '丙丙丙']) {
      expect(search(db, tag)).toEqual(idsWithTitle(db, tag));
      expect(search(db, tag).length).toBeGreaterThan(0);
    }
    // the failed file's ids went to the next file, and are indexed with its text
    expect(search(db, '丙丙丙')[0]).toBe(search(db, '甲甲甲').at(-1)! + 1);
  });

  it('indexes records as they are at the commit, edited or deleted after their insert', async () => {
    const db = await ledgerDb();
    const out = writeInOneTransaction(
      db,
      [
        { tag: '丙丙丙', n: 10 },
        {
          tag: '丁丁丁',
          n: 5,
          // a later file's operation edits and deletes records not indexed yet
          after: () => {
            const [first, second] = idsWithTitle(db, '丙丙丙');
            db.prepare("UPDATE records SET title = '改后标题' WHERE id = ?").run(first);
            db.prepare('DELETE FROM mentions WHERE record_id = ?').run(second);
            db.prepare('DELETE FROM records WHERE id = ?').run(second);
          },
        },
      ],
      writeFile(db),
    );
    expect(out.map((r) => r.ok)).toEqual([true, true]);
    expectIndexWhole(db);
    expect(search(db, '改后标')).toEqual(idsWithTitle(db, '改后标'));
    expect(search(db, '改后标')).toHaveLength(1);
    expect(search(db, '丙丙丙')).toEqual(idsWithTitle(db, '丙丙丙'));
    expect(search(db, '丙丙丙')).toHaveLength(9); // one deleted; the edited one keeps its content
    expect(search(db, '丁丁丁')).toHaveLength(5);
  });

  it('a read of the index inside the transaction sees the earlier files', async () => {
    const db = await ledgerDb();
    const seen: number[][] = [];
    writeInOneTransaction(
      db,
      [
        () => writeFile(db)({ tag: '甲甲甲', n: 10 }),
        () => {
          // as a later file's duplicate check does before it reads records_fts
          searchIndexCurrent(db);
          seen.push(search(db, '甲甲甲'));
          return writeFile(db)({ tag: '丙丙丙', n: 10, fail: true });
        },
      ],
      (write) => write(),
    );
    expect(seen[0]).toHaveLength(10);
    expectIndexWhole(db);
    expect(search(db, '甲甲甲')).toEqual(idsWithTitle(db, '甲甲甲'));
    expect(search(db, '丙丙丙')).toEqual([]);
  });

  it('a whole multi-file import whose middle file is refused leaves the index right', async () => {
    const t = await tempLedger();
    try {
      let calls = 0;
      const o = await importFiles(
        t.ledger,
        ['第二批', '第三批', '第四批'].map((b, i) => ({
          name: `n${i}.txt`,
          bytes: new Uint8Array(Buffer.from(HEBEI_ZONES.replaceAll('第二批', b), 'utf8')),
        })),
        {
          verifyInTransaction: () => {
            if (++calls === 2) throw new Error('refused');
          },
        },
      );
      expect(o.files.map((f) => f.status)).toEqual(['imported', 'failed', 'imported']);
      const db = t.ledger.db;
      expectIndexWhole(db);
      for (const term of ['红色物业', '议事会制度', '协商平台', '长安区', '竞秀区']) {
        expect(search(db, term).length).toBeGreaterThan(0);
        expect(search(db, term)).toEqual(idsWithTitle(db, term));
      }
    } finally {
      t.cleanup();
    }
  });
});
