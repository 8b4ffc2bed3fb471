/**
 * Migration 0014 lists the mentions flagged as cut short (truncated_item) in a partial
 * index: a ledger written before it gives the duplicate finder the same "title cut short"
 * flags after it, read through that index, and the index follows later writes, merges and
 * deletions of mentions.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import { loadDedupeRecords } from '../../../src/main/db/queries/duplicates';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const warning = (code: string) => ({ code, message: '…' });

/** What a mention's extracted JSON says, in shapes a flag must and must not come from. */
const EXTRACTED = [
  { title: '某某社区治理', warnings: [warning('truncated_item')] },
  { title: '某某社区治理', warnings: [warning('region_unresolved')] },
  // the code written as a value, not as a warning: the text test matches, the JSON does not
  { title: 'truncated_item', warnings: [] },
  { title: '某某社区治理' },
  { title: '某某社区治理', warnings: [warning('region_unresolved'), warning('truncated_item')] },
];

function seed(db: Database.Database) {
  db.prepare(
    `INSERT INTO notices(id, file, sha256, format, raw_text, imported_at)
     VALUES (1, 'n.txt', 'x', 'txt', '…', '2024-01-01T00:00:00Z')`,
  ).run();
  const record = db.prepare(
    `INSERT INTO records(id, kind, title, region_code, merged_into, deleted_at, created_at, updated_at)
     VALUES (?, 'zone', ?, '110101', ?, ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
  );
  const mention = db.prepare(
    `INSERT INTO mentions(record_id, notice_id, span_start, span_end, extracted, original_record_id)
     VALUES (?, 1, 0, 1, ?, ?)`,
  );
  for (let id = 1; id <= 30; id++) {
    record.run(id, `标题${id % 4}`, id % 11 === 0 ? 1 : null, id % 13 === 0 ? '2024-02-01' : null);
    // zero, one or two mentions a record, in every shape
    for (let k = 0; k < id % 3; k++)
      mention.run(id, JSON.stringify(EXTRACTED[(id + k) % EXTRACTED.length]), id);
  }
}

/** The flags as the mentions' JSON says them, read without any index. */
function flagsFromJson(db: Database.Database): Map<number, boolean> {
  const rows = db
    .prepare(
      `SELECT r.id, m.extracted FROM records r LEFT JOIN mentions m ON m.record_id = r.id
        WHERE r.merged_into IS NULL AND r.deleted_at IS NULL`,
    )
    .all() as { id: number; extracted: string | null }[];
  const out = new Map<number, boolean>();
  for (const r of rows) {
    const warnings = (r.extracted ? JSON.parse(r.extracted).warnings : null) as
      { code: string }[] | null | undefined;
    const cut = !!warnings?.some((w) => w.code === 'truncated_item');
    out.set(r.id, (out.get(r.id) ?? false) || cut);
  }
  return out;
}

const flags = (db: Database.Database) =>
  new Map(loadDedupeRecords(db).map((r) => [r.id, r.truncated]));

describe('migration 0014 (mentions cut short, by record)', () => {
  it('gives the same flags as the mentions say, through the index, before and after writes', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir.dir, 'l.sqlite'));
    cleanups.push(() => {
      db.close();
      dir.cleanup();
    });
    await migrate(db, { target: 13 });
    seed(db);
    const expected = flagsFromJson(db);
    expect([...expected.values()].filter(Boolean).length).toBeGreaterThan(3);
    expect([...expected.values()].filter((f) => !f).length).toBeGreaterThan(3);

    await migrate(db, { target: 14 });
    expect(flags(db)).toEqual(expected);
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT r.id FROM records r WHERE r.id = 1 AND EXISTS(
            SELECT 1 FROM mentions m INDEXED BY mentions_truncated
             WHERE m.record_id = r.id AND instr(m.extracted, '"truncated_item"') > 0)`,
        )
        .all() as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.join(' ')).toContain('mentions_truncated');

    // the index follows later writes: a new flagged mention, one moved, one deleted
    db.prepare(
      `INSERT INTO mentions(record_id, notice_id, span_start, span_end, extracted, original_record_id)
       VALUES (3, 1, 0, 1, ?, 3)`,
    ).run(JSON.stringify(EXTRACTED[0]));
    const flagged = db
      .prepare(`SELECT id, record_id FROM mentions WHERE instr(extracted, '"truncated_item"') > 0`)
      .all() as { id: number; record_id: number }[];
    db.prepare('UPDATE mentions SET record_id = 2 WHERE id = ?').run(flagged[0]!.id);
    db.prepare('DELETE FROM mentions WHERE id = ?').run(flagged[1]!.id);
    expect(flags(db)).toEqual(flagsFromJson(db));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
