/**
 * Notice series (tests/fixtures/series) built into files and imported, and a ledger read
 * back as plain facts without ids — so two ledgers made from the same notices in different
 * orders can be compared whole.
 */
import type Database from 'better-sqlite3';
import { importFiles } from '../../../src/main/app/import/import-notices';
import type { ImportOutcome } from '../../../src/shared/contract';
import type { Ledger } from '../../../src/main/db/ledger';
import type { SeriesFile } from './series-files';

export { seriesFiles, type SeriesFile } from './series-files';

export async function importInOrder(
  ledger: Ledger,
  files: readonly SeriesFile[],
): Promise<ImportOutcome[]> {
  const outs: ImportOutcome[] = [];
  for (const f of files) {
    const o = await importFiles(ledger, [{ name: f.name, bytes: f.bytes }]);
    if (o.failures.length) throw new Error(JSON.stringify(o.failures));
    outs.push(o);
  }
  return outs;
}

/** The ledger as facts: records with their notices, events and milestones, no ids. */
export function ledgerFacts(db: Database.Database) {
  const records = db
    .prepare(
      `SELECT r.id, r.kind, r.programme, r.batch, r.year, r.region_code, r.unit_code, r.title,
              r.content, r.status,
              (SELECT group_concat(f, '|') FROM (SELECT n.file AS f FROM mentions m
                 JOIN notices n ON n.id = m.notice_id WHERE m.record_id = r.id ORDER BY n.file)) AS notices
         FROM records r WHERE r.merged_into IS NULL AND r.deleted_at IS NULL`,
    )
    .all() as Record<string, unknown>[];
  const keyOf = new Map(
    records.map((r) => [
      r.id as number,
      `${r.kind}|${r.programme}|${r.region_code}|${r.unit_code}`,
    ]),
  );
  const events = (
    db
      .prepare(
        `SELECT m.record_id AS rid, e.status, e.grade, e.until_on, e.occurred_on, n.file
           FROM record_events e JOIN mentions m ON m.id = e.mention_id JOIN notices n ON n.id = e.notice_id`,
      )
      .all() as Record<string, unknown>[]
  ).map(({ rid, ...e }) => ({ record: keyOf.get(rid as number), ...e }));
  const milestones = (
    db
      .prepare('SELECT record_id AS rid, kind, due_on, end_on, status, note FROM milestones')
      .all() as Record<string, unknown>[]
  ).map(({ rid, ...m }) => ({ record: rid === null ? null : keyOf.get(rid as number), ...m }));
  const sort = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    records: sort(records.map(({ id: _id, ...r }) => r)),
    events: sort(events),
    milestones: sort(milestones),
  };
}
