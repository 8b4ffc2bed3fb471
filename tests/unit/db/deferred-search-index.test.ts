/**
 * Imported records' quick-search rows wait in `fts_pending` until about a thousand have
 * gathered, across single-notice imports and their commits. Meanwhile every search finds
 * exactly what it finds once they are written (their own text is matched as the trigram
 * index matches), without writing anything; undo, redo, merge and edits of pending records
 * leave the index right once written; a file of a multi-file import that fails leaves no
 * row behind; the next import past the threshold, and closing the ledger, write them.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { importFiles } from '../../../src/main/app/import/import-notices';
import { writeInOneTransaction } from '../../../src/main/app/import/file-batch';
import { openLedger } from '../../../src/main/db/ledger';
import { searchFold } from '../../../src/main/db/queries/pending-search';
import { LIVE, recordFacets } from '../../../src/main/db/queries/record-search';
import { pageRecords } from '../../../src/main/db/queries/records';
import { rareTitleNeighbours } from '../../../src/main/db/queries/title-neighbours';
import {
  PENDING_DUE,
  writePendingSearchRows,
} from '../../../src/main/db/write/deferred-search-index';
import {
  importSummary,
  insertImport,
  writeImport,
  type RecordDraft,
} from '../../../src/main/db/write/import-rows';
import { redoNext, undoLast } from '../../../src/main/db/write/replay';
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

/** What the index alone holds for a phrase. */
const indexed = (db: Database.Database, term: string) =>
  (
    db
      .prepare('SELECT rowid AS id FROM records_fts WHERE records_fts MATCH ? ORDER BY rowid')
      .all(`"${term}"`) as { id: number }[]
  ).map((r) => r.id);

/**
 * The live records whose searched text holds the term (case-folded), read from the records:
 * the record's own four text columns (not its programme's name) and the resolved place names.
 */
function holding(db: Database.Database, term: string): number[] {
  const cols = ['region_text', 'unit', 'title', 'content'];
  const places = ['province', 'city', 'county', 'town'];
  const rows = db.prepare(`SELECT * FROM records r WHERE ${LIVE} ORDER BY id`).all() as Record<
    string,
    string | number | null
  >[];
  const t = searchFold(term);
  return rows
    .filter((r) =>
      [...cols, ...places].some((c) => typeof r[c] === 'string' && searchFold(r[c]).includes(t)),
    )
    .map((r) => r.id as number);
}

const pending = (db: Database.Database) =>
  (db.prepare('SELECT coalesce(sum(hi - lo + 1), 0) AS n FROM fts_pending').get() as { n: number })
    .n;

/** The grid's search: its ids in order and its total, and the facets' total. */
function gridSearch(db: Database.Database, search: string) {
  const page = pageRecords(db, { search, offset: 0, limit: 500 });
  return {
    ids: page.rows.map((r) => r.id),
    total: page.total,
    facets: recordFacets(db, { search }).total,
  };
}

/**
 * The index with what is pending written checks out against the records (FTS5's
 * integrity-check against its content table), tried in a transaction rolled back after.
 */
function indexWholeOnceWritten(db: Database.Database) {
  db.exec('BEGIN');
  try {
    writePendingSearchRows(db);
    expect(pending(db)).toBe(0);
    db.prepare("INSERT INTO records_fts(records_fts, rank) VALUES ('integrity-check', 1)").run();
  } finally {
    db.exec('ROLLBACK');
  }
}

/** Each search the same now (nothing written by it) and after the pending rows are written. */
function searchesStayRight(db: Database.Database, terms: string[]) {
  const before = terms.map((t) => gridSearch(db, t));
  const stamp = db.prepare('SELECT total_changes() AS n').get();
  expect(before.map((b) => b.ids)).toEqual(terms.map((t) => holding(db, t)));
  expect(db.prepare('SELECT total_changes() AS n').get()).toEqual(stamp); // reads never write
  db.exec('BEGIN');
  try {
    writePendingSearchRows(db);
    expect(terms.map((t) => gridSearch(db, t))).toEqual(before);
  } finally {
    db.exec('ROLLBACK');
  }
  for (const b of before) expect(b.total).toBe(b.ids.length);
  for (const b of before) expect(b.facets).toBe(b.ids.length);
}

/** One file as one import operation; `fail` throws after its records were inserted. */
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

describe('search rows pending across single-notice imports', () => {
  it('a search between imports finds exactly what the index will, and writes nothing', async () => {
    const db = await ledgerDb();
    writeImport(db, notice('一'), records('甲甲甲', 30));
    writeImport(db, notice('二'), records('乙乙乙', 20));
    expect(pending(db)).toBe(50);
    expect(indexed(db, '甲甲甲')).toEqual([]); // not written yet…
    searchesStayRight(db, ['甲甲甲', '乙乙乙', '协商议事', '第12号', '丙丙丙']);
    expect(gridSearch(db, '甲甲甲').total).toBe(30); // …found all the same
    indexWholeOnceWritten(db);
  });

  it('matches case as the trigram index does: folded, width and punctuation as written', async () => {
    const db = await ledgerDb();
    const drafts = records('丁丁丁', 4);
    drafts[0]!.fields.title = 'Abc协商';
    drafts[1]!.fields.title = 'ΣΤΟΑ议事';
    drafts[2]!.fields.title = 'ＡＢＣ全角';
    drafts[3]!.fields.unit = 'x-y·z协会';
    writeImport(db, notice('三'), drafts);
    expect(pending(db)).toBe(4);
    searchesStayRight(db, ['ABC', 'abc', 'στοα', 'ａｂｃ', 'X-Y', 'y·z', 'Ｃ全角']);
    expect(gridSearch(db, 'aBC').ids).toHaveLength(1);
  });

  it('the import that brings them to the threshold writes them, within its operation', async () => {
    const db = await ledgerDb();
    const per = Math.ceil(PENDING_DUE / 4);
    for (let i = 0; i < 3; i++) writeImport(db, notice(`批${i}`), records(`批${i}批`, per));
    expect(pending(db)).toBe(3 * per);
    writeImport(db, notice('批3'), records('批3批', per));
    expect(pending(db)).toBe(0);
    expect(indexed(db, '批3批')).toEqual(holding(db, '批3批'));
    db.prepare("INSERT INTO records_fts(records_fts, rank) VALUES ('integrity-check', 1)").run();
  });

  it('stays right through undo, redo and merge of pending records', async () => {
    const t = await tempLedger();
    try {
      const db = t.ledger.db;
      const ctx = { ledger: t.ledger, door: 'cli' as const };
      const a = writeImport(db, notice('五'), records('戊戊戊', 5));
      const b = writeImport(db, notice('六'), records('己己己', 5));
      const terms = ['戊戊戊', '己己己', '协商议事', '第3号'];
      searchesStayRight(db, terms);
      undoLast(db); // 己己己 withdrawn: its pending ids gone from records
      searchesStayRight(db, terms);
      indexWholeOnceWritten(db);
      redoNext(db); // back, same ids, still pending
      searchesStayRight(db, terms);
      expect(gridSearch(db, '己己己').total).toBe(5);
      const merged = await dispatch(
        'records/merge',
        { ids: [a.recordIds[0]!, b.recordIds[0]!] },
        ctx,
      );
      expect(merged).toMatchObject({ ok: true });
      searchesStayRight(db, terms);
      indexWholeOnceWritten(db);
      const edited = await dispatch(
        'records/edit',
        { edits: [{ id: a.recordIds[1]!, field: 'title', value: '庚庚庚改名' }] },
        ctx,
      );
      expect(edited).toMatchObject({ ok: true });
      searchesStayRight(db, [...terms, '庚庚庚']);
      undoLast(db); // the edit
      undoLast(db); // the merge
      searchesStayRight(db, [...terms, '庚庚庚']);
      indexWholeOnceWritten(db);
      writePendingSearchRows(db);
      expect(pending(db)).toBe(0);
      searchesStayRight(db, [...terms, '庚庚庚']);
      db.prepare("INSERT INTO records_fts(records_fts, rank) VALUES ('integrity-check', 1)").run();
    } finally {
      t.cleanup();
    }
  });

  it('the duplicate check’s trigram lookups see pending titles as written ones', async () => {
    const db = await ledgerDb();
    writeImport(db, notice('七'), records('鹭岛滨海', 8));
    writeImport(db, notice('八'), records('鹭岛山区', 3));
    const opts = { maxDocs: 5, perTitle: 4, topK: 10, unplacedOnly: false };
    const titles = ['鹭岛滨海协商议事第2号', '鹭岛山区协商', '不相干的标题'];
    const before = rareTitleNeighbours(db, titles, opts);
    expect(before.length).toBeGreaterThan(0);
    writePendingSearchRows(db);
    expect(rareTitleNeighbours(db, titles, opts)).toEqual(before);
  });

  it('closing the ledger writes them', async () => {
    const t = await tempLedger();
    try {
      writeImport(t.ledger.db, notice('九'), records('辛辛辛', 7));
      expect(pending(t.ledger.db)).toBe(7);
      t.ledger.close();
      const again = await openLedger(t.file);
      try {
        expect(pending(again.db)).toBe(0);
        expect(indexed(again.db, '辛辛辛')).toHaveLength(7);
      } finally {
        again.close();
      }
    } finally {
      t.cleanup();
    }
  });
});

describe('search rows of a multi-file import', () => {
  it('a file failing in the middle leaves nothing pending or indexed of it', async () => {
    const db = await ledgerDb();
    writeImport(db, notice('前'), records('前前前', 5));
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
    searchesStayRight(db, ['前前前', '甲甲甲', '乙乙乙', '丙丙丙']);
    expect(gridSearch(db, '乙乙乙').ids).toEqual([]);
    indexWholeOnceWritten(db);
    writePendingSearchRows(db);
    // the failed file's ids went to the next file, and are indexed with its text
    expect(indexed(db, '丙丙丙')[0]).toBe(indexed(db, '甲甲甲').at(-1)! + 1);
  });

  it('records edited or deleted after their insert are indexed as they then are', async () => {
    const db = await ledgerDb();
    const out = writeInOneTransaction(
      db,
      [
        { tag: '丙丙丙', n: 10 },
        {
          tag: '丁丁丁',
          n: 5,
          after: () => {
            const [first, second] = holding(db, '丙丙丙');
            db.prepare("UPDATE records SET title = '改后标题' WHERE id = ?").run(first);
            db.prepare('DELETE FROM mentions WHERE record_id = ?').run(second);
            db.prepare('DELETE FROM records WHERE id = ?').run(second);
          },
        },
      ],
      writeFile(db),
    );
    expect(out.map((r) => r.ok)).toEqual([true, true]);
    searchesStayRight(db, ['改后标', '丙丙丙', '丁丁丁']);
    writePendingSearchRows(db);
    db.prepare("INSERT INTO records_fts(records_fts, rank) VALUES ('integrity-check', 1)").run();
    expect(indexed(db, '改后标')).toHaveLength(1);
    expect(indexed(db, '丙丙丙')).toHaveLength(9); // one deleted; the edited one keeps its content
  });

  it('a whole multi-file import whose middle file is refused leaves the search right', async () => {
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
      searchesStayRight(db, ['红色物业', '议事会制度', '协商平台', '长安区', '竞秀区']);
      expect(gridSearch(db, '长安区').total).toBeGreaterThan(0);
      indexWholeOnceWritten(db);
    } finally {
      t.cleanup();
    }
  });
});
