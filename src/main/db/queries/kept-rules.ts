/**
 * The rules in force (allRules' answer), kept per connection between regenerations and
 * brought up to date from what changed since: every imported notice re-plans its records
 * over every rule of the ledger, and reading and parsing them all again for each notice
 * grew with the ledger (most of a real history's milestones, once notices state rules).
 *
 * What changed is noted by a record change log (record-change-log.ts) holding rule ids:
 * a rule written, changed or removed, and every rule of a notice whose columns a rule row
 * reads (its date, number, title, role, issuer, file, withdrawal) changed or was removed.
 * The kept rules are trusted only while that log says so; anything else reads them all.
 */
import type Database from 'better-sqlite3';
import { allRules, rulesInForceByIds, type RuleRow } from './rules';
import {
  keptUpToDate,
  leaveMark,
  recordChangeLog,
  startLog,
  versions,
  type LoggedAt,
} from './record-change-log';

/** The notice columns a rule row carries (rules.ts SELECT), and its withdrawal. */
const NOTICE_COLUMNS = 'id, issued_on, doc_no, title, role, issuer, file, withdrawn_at';

const LOG = recordChangeLog('rule_changes', (log) => [
  `CREATE TEMP TRIGGER IF NOT EXISTS kept_rules_insert AFTER INSERT ON main.rules
     BEGIN INSERT INTO ${log}(record_id) VALUES (new.id); END`,
  `CREATE TEMP TRIGGER IF NOT EXISTS kept_rules_update AFTER UPDATE ON main.rules
     BEGIN INSERT INTO ${log}(record_id) VALUES (old.id), (new.id); END`,
  `CREATE TEMP TRIGGER IF NOT EXISTS kept_rules_delete AFTER DELETE ON main.rules
     BEGIN INSERT INTO ${log}(record_id) VALUES (old.id); END`,
  `CREATE TEMP TRIGGER IF NOT EXISTS kept_rules_notice_update
     AFTER UPDATE OF ${NOTICE_COLUMNS} ON main.notices
     BEGIN INSERT INTO ${log}(record_id)
       SELECT id FROM main.rules WHERE notice_id IN (old.id, new.id); END`,
  `CREATE TEMP TRIGGER IF NOT EXISTS kept_rules_notice_delete AFTER DELETE ON main.notices
     BEGIN INSERT INTO ${log}(record_id)
       SELECT id FROM main.rules WHERE notice_id = old.id; END`,
]);

interface Kept extends LoggedAt {
  byId: Map<number, RuleRow>;
  /** by id ascending, frozen: callers share it */
  list: readonly RuleRow[];
}

const kept = new WeakMap<Database.Database, Kept>();

/** Rows and their params frozen: the kept rules are shared by every later regeneration. */
const frozen = (r: RuleRow): RuleRow => {
  Object.freeze(r.params);
  return Object.freeze(r);
};

function readAll(db: Database.Database): Kept {
  startLog(db, LOG);
  const list = Object.freeze(allRules(db).map(frozen));
  return {
    byId: new Map(list.map((r) => [r.id, r])),
    list,
    mark: leaveMark(db, LOG),
    ...versions(db),
  };
}

/** Brings the kept rules up to date with the rules noted since the mark. */
function catchUp(db: Database.Database, k: Kept, changed: readonly number[]): void {
  const now = new Map(rulesInForceByIds(db, changed).map((r) => [r.id, frozen(r)]));
  for (const id of changed) {
    const row = now.get(id);
    if (row) k.byId.set(id, row);
    else k.byId.delete(id);
  }
  // A new array each time: a caller may still hold the last answer.
  k.list = Object.freeze([...k.byId.values()].sort((a, b) => a.id - b.id));
  k.mark = leaveMark(db, LOG);
}

/**
 * Every rule in force, by id (allRules' answer), from the rules kept for this connection
 * when they can be trusted. The answer and its rows are frozen: they must not be changed.
 */
export function keptRules(db: Database.Database): readonly RuleRow[] {
  // A read-only connection cannot keep a change log: it reads the rules each time.
  if (db.readonly) return allRules(db);
  return keptUpToDate(db, LOG, kept, readAll, catchUp).list;
}
