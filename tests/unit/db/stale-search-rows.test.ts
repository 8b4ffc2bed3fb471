/**
 * A record edited after its quick-search row was written keeps that row until the pending
 * rows are written (migration 0016): meanwhile every search finds exactly what it finds
 * once the row is rewritten — the new text, not the old — without writing anything; the
 * duplicate check's title lookups see the new title; deleting an edited record takes out
 * the row it has; undo leaves the index right; the next write past the threshold rewrites
 * the rows, and the index then checks out against the records.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { searchFold } from '../../../src/main/db/queries/pending-search';
import { buildWhere, LIVE } from '../../../src/main/db/queries/record-search';
import { pageRecords } from '../../../src/main/db/queries/records';
import { rareTitleNeighbours } from '../../../src/main/db/queries/title-neighbours';
import {
  PENDING_DUE,
  writePendingSearchRows,
} from '../../../src/main/db/write/deferred-search-index';
import { writeImport, type RecordDraft } from '../../../src/main/db/write/import-rows';
import { undoLast } from '../../../src/main/db/write/replay';
import { composedNotice } from '../../support/notice-draft';
import { tempLedger } from '../../support/temp-ledger';
import { tempLedgerDbs } from '../../support/temp-ledger-db';

const ledgerDb = tempLedgerDbs();

const notice = (tag: string) => composedNotice(tag, { sha256: `sha-${tag}` });

const records = (tag: string, n: number): RecordDraft[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'zone',
    fields: { seq: i + 1, title: `${tag}睦邻议事第${i + 1}号`, content: `${tag}说明${i + 1}` },
    seq: i + 1,
    span: { start: i * 10, end: i * 10 + 8 },
    extracted: { n: i },
  }));

/** `n` records of `tag` imported and their rows written: nothing pending or stale. */
function indexedLedger(db: Database.Database, tag: string, n: number): number[] {
  const ids = writeImport(db, notice(tag), records(tag, n)).recordIds;
  writePendingSearchRows(db);
  return ids;
}

const stale = (db: Database.Database) =>
  (db.prepare('SELECT id FROM fts_stale ORDER BY id').all() as { id: number }[]).map((r) => r.id);

/** The live records whose own text or places hold the term, read from the records. */
function holding(db: Database.Database, term: string): number[] {
  const cols = ['region_text', 'unit', 'title', 'content', 'province', 'city', 'county', 'town'];
  const rows = db.prepare(`SELECT * FROM records r WHERE ${LIVE} ORDER BY id`).all() as Record<
    string,
    string | number | null
  >[];
  const t = searchFold(term);
  return rows
    .filter((r) => cols.some((c) => typeof r[c] === 'string' && searchFold(r[c]).includes(t)))
    .map((r) => r.id as number);
}

const gridIds = (db: Database.Database, search: string) =>
  pageRecords(db, { search, offset: 0, limit: 500 }).rows.map((r) => r.id);

const integrity = (db: Database.Database) =>
  db.prepare("INSERT INTO records_fts(records_fts, rank) VALUES ('integrity-check', 1)").run();

/** Each search finds what the records hold, writes nothing, and finds the same once written. */
function searchesStayRight(db: Database.Database, terms: string[]) {
  const before = terms.map((t) => gridIds(db, t));
  const stamp = db.prepare('SELECT total_changes() AS n').get();
  expect(before).toEqual(terms.map((t) => holding(db, t)));
  expect(db.prepare('SELECT total_changes() AS n').get()).toEqual(stamp);
  db.exec('BEGIN');
  try {
    writePendingSearchRows(db);
    expect(stale(db)).toEqual([]);
    integrity(db);
    expect(terms.map((t) => gridIds(db, t))).toEqual(before);
  } finally {
    db.exec('ROLLBACK');
  }
}

const edit = (db: Database.Database, id: number, title: string) =>
  db.prepare('UPDATE records SET title = ? WHERE id = ?').run(title, id);

describe('search rows of records edited after they were written', () => {
  it('an edit leaves the row to rewrite, and a search finds the new text, not the old', async () => {
    const db = await ledgerDb();
    const [a, b] = indexedLedger(db, '甲甲甲', 6);
    edit(db, a!, '乙乙乙协商会');
    edit(db, a!, '丙丙丙协商会'); // twice: the row still holds the first text
    edit(db, b!, '乙乙乙议事厅');
    expect(stale(db)).toEqual([a, b]);
    searchesStayRight(db, ['甲甲甲', '乙乙乙', '丙丙丙', '协商会', '睦邻议事第1号', '第2号']);
    expect(gridIds(db, '丙丙丙')).toEqual([a]);
    expect(gridIds(db, '乙乙乙')).toEqual([b]);
  });

  it('programme and other columns the index does not hold leave the row as it is', async () => {
    const db = await ledgerDb();
    const [a] = indexedLedger(db, '丁丁丁', 2);
    db.prepare("UPDATE records SET programme = '某项目', status = '已验收' WHERE id = ?").run(a);
    expect(stale(db)).toEqual([]);
  });

  it('deleting an edited record takes out the row it has', async () => {
    const db = await ledgerDb();
    const [a, b] = indexedLedger(db, '戊戊戊', 4);
    edit(db, a!, '己己己新名');
    db.prepare('DELETE FROM mentions WHERE record_id IN (?, ?)').run(a, b);
    db.prepare('DELETE FROM records WHERE id IN (?, ?)').run(a, b);
    expect(stale(db)).toEqual([]);
    integrity(db);
    searchesStayRight(db, ['戊戊戊', '己己己']);
  });

  it('the duplicate check’s trigram lookups see an edited title as written', async () => {
    const db = await ledgerDb();
    const ids = indexedLedger(db, '鹭岛滨海', 8);
    edit(db, ids[0]!, '云岭山区协商议事');
    edit(db, ids[1]!, '云岭山区协商议事厅');
    const opts = { maxDocs: 7, perTitle: 4, topK: 10, unplacedOnly: false };
    const titles = ['云岭山区协商', '鹭岛滨海睦邻议事第3号', '不相干的标题'];
    const before = rareTitleNeighbours(db, titles, opts);
    expect(before).toEqual(expect.arrayContaining([ids[0], ids[1]]));
    // 鹭岛滨 was in eight titles, too common for seven; with two renamed it is rare
    expect(before).toContain(ids[2]);
    writePendingSearchRows(db);
    expect(rareTitleNeighbours(db, titles, opts)).toEqual(before);
  });

  it('undo of an edit leaves the index right', async () => {
    const t = await tempLedger();
    try {
      const db = t.ledger.db;
      const [a] = indexedLedger(db, '庚庚庚', 3);
      const edited = await dispatch(
        'records/edit',
        { edits: [{ id: a!, field: 'title', value: '辛辛辛改名' }] },
        { ledger: t.ledger, door: 'cli' as const },
      );
      expect(edited).toMatchObject({ ok: true });
      searchesStayRight(db, ['庚庚庚', '辛辛辛']);
      undoLast(db);
      searchesStayRight(db, ['庚庚庚', '辛辛辛']);
    } finally {
      t.cleanup();
    }
  });

  it('the import that brings pending and stale rows to the threshold writes both', async () => {
    const db = await ledgerDb();
    const ids = indexedLedger(db, '壬壬壬', 10);
    for (const id of ids) edit(db, id, `癸癸癸${id}`);
    writeImport(db, notice('一'), records('子子子', PENDING_DUE - ids.length - 1));
    expect(stale(db)).toHaveLength(ids.length);
    writeImport(db, notice('二'), records('丑丑丑', 1));
    expect(stale(db)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM fts_pending').get()).toEqual({ n: 0 });
    integrity(db);
    expect(gridIds(db, '癸癸癸')).toEqual(ids);
  });

  it('any operation past the threshold writes them: edits alone never pile up', async () => {
    const t = await tempLedger();
    try {
      const db = t.ledger.db;
      const [a, b] = indexedLedger(db, '寅寅寅', 2);
      writeImport(db, notice('三'), records('卯卯卯', PENDING_DUE - 2));
      const rename = (id: number, value: string) =>
        dispatch(
          'records/edit',
          { edits: [{ id, field: 'title', value }] },
          { ledger: t.ledger, door: 'cli' as const },
        );
      await rename(a!, '辰辰辰改名');
      expect(stale(db)).toEqual([a]);
      await rename(b!, '巳巳巳改名');
      expect(stale(db)).toEqual([]);
      integrity(db);
      expect(gridIds(db, '巳巳巳')).toEqual([b]);
    } finally {
      t.cleanup();
    }
  });

  it('a search reads the stale records by their ids, not by scanning the ledger', async () => {
    const db = await ledgerDb();
    const where = buildWhere({ search: '协商议事' });
    const plan = (
      db
        .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM records r WHERE ${where.sql}`)
        .all(where.params) as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan).toContain('SCAN s');
    expect(plan.filter((d) => /^SCAN (q|records)\b/.test(d))).toEqual([]);
  });
});
