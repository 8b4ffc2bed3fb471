/**
 * The records regeneration plans for are read in three parts (records with their mentions,
 * each live notice once, status events only where there are some); they must be exactly
 * what one join of all of it reads — mentions in order, a withdrawn notice's left out, the
 * latest failed review and extension.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { scheduleSubjects } from '../../src/main/db/queries/milestones';
import { tempLedger } from '../support/temp-ledger';

const DIR = path.join(__dirname, '..', 'fixtures', 'schedule');
const file = (name: string) => ({ name, bytes: readFileSync(path.join(DIR, name)) });

/** The single join regeneration used to read, as the reference. */
function joined(db: Database.Database, ids: readonly number[] | null) {
  const rows = db
    .prepare(
      `SELECT r.id, r.kind AS record_kind, r.programme, r.batch, m.notice_id, n.issued_on, n.kind, n.title, n.role,
              (n.id IS NOT NULL) AS n_live,
              (SELECT e.until_on FROM record_events e JOIN mentions em ON em.id = e.mention_id
                 JOIN notices en ON en.id = e.notice_id AND en.withdrawn_at IS NULL
                WHERE em.record_id = r.id AND e.status = '已延期' AND e.until_on IS NOT NULL
                ORDER BY (en.role = 'news') ASC, e.until_on DESC LIMIT 1) AS extended_until,
              (SELECT json_object('noticeId', e.notice_id, 'occurredOn', e.occurred_on,
                                  'sentence', e.sentence, 'noticeText', en.raw_text)
                 FROM record_events e JOIN mentions em ON em.id = e.mention_id
                 JOIN notices en ON en.id = e.notice_id AND en.withdrawn_at IS NULL
                WHERE em.record_id = r.id AND e.status = '未通过'
                ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1) AS failed
         FROM records r
         LEFT JOIN mentions m ON m.record_id = r.id
         LEFT JOIN notices n ON n.id = m.notice_id AND n.withdrawn_at IS NULL
        WHERE r.merged_into IS NULL AND r.deleted_at IS NULL
          AND (@all = 1 OR r.id IN (SELECT value FROM json_each(@ids)))
        ORDER BY r.id, m.id`,
    )
    .all({ all: ids === null ? 1 : 0, ids: JSON.stringify(ids ?? []) }) as {
    id: number;
    record_kind: string;
    programme: string | null;
    batch: string | null;
    notice_id: number | null;
    issued_on: string | null;
    kind: string | null;
    title: string | null;
    role: string | null;
    n_live: number;
    extended_until: string | null;
    failed: string | null;
  }[];
  const out = new Map<number, ReturnType<typeof scheduleSubjects>[number]>();
  for (const r of rows) {
    let s = out.get(r.id);
    if (!s) {
      s = {
        id: r.id,
        kind: r.record_kind,
        programme: r.programme,
        batch: r.batch,
        mentions: [],
        extendedUntil: r.extended_until,
        failed: r.failed ? JSON.parse(r.failed) : null,
      };
      out.set(r.id, s);
    }
    if (r.notice_id !== null && r.n_live === 1)
      s.mentions.push({
        noticeId: r.notice_id,
        issuedOn: r.issued_on,
        kind: r.kind,
        title: r.title,
        role: r.role,
      });
  }
  return [...out.values()];
}

describe('the records regeneration plans for', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('are read as one join would read them, events and withdrawn notices included', async () => {
    const t = await tempLedger();
    cleanup = t.cleanup;
    for (const n of ['three-year-approval.txt', 'failed-acceptance.txt', 're-acceptance.txt']) {
      const o = await importFiles(t.ledger, [file(n)]);
      expect(o.failures).toEqual([]);
    }
    const db = t.ledger.db;
    const all = (db.prepare('SELECT id FROM records ORDER BY id').all() as { id: number }[]).map(
      (r) => r.id,
    );
    const withEvents = scheduleSubjects(db, null).filter((s) => s.failed);
    expect(withEvents.length).toBeGreaterThan(0);
    const some = [all[0]!, withEvents[0]!.id, all[all.length - 1]!];
    for (const ids of [null, all, some, []])
      expect(scheduleSubjects(db, ids)).toEqual(joined(db, ids));

    // A withdrawn notice's mentions and events drop out of both alike.
    const lastNotice = db.prepare('SELECT max(id) AS id FROM notices').get() as { id: number };
    db.prepare("UPDATE notices SET withdrawn_at = '2026-01-01' WHERE id = ?").run(lastNotice.id);
    for (const ids of [null, some]) expect(scheduleSubjects(db, ids)).toEqual(joined(db, ids));
  });
});
