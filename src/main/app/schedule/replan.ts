/**
 * A ledger planned by older schedule rules is re-planned whole, as an operation of its own
 * (按新版期限规则重排期限), before the first import after an upgrade writes. Inside the
 * import's operation the re-plan was logged as the import's (on a large ledger tens of
 * thousands of records' deadlines "changed by importing one notice"), and undoing the import
 * took the new plan back with it. On its own it is named for what it is, undone on its own,
 * and the import's operation counts only what the import wrote. Reads never re-plan: opening
 * or reading an old ledger writes nothing.
 */
import { PLANNER_VERSION } from '../../core/schedule/planner-version';
import type { LedgerHandle } from '../../db/ledger';
import { getSetting } from '../../db/queries/rules';
import { statement } from '../../db/write/statements';
import { withOperation } from '../../db/write/with-operation';
import type { WriteTx } from '../../db/write/write-tx';
import { regenerateAll } from './regenerate';

/** The version of the rules that planned the ledger's milestones (settings; none: older). */
export const PLANNER_SETTING = 'schedule.plannerVersion';
export const REPLAN_SUMMARY = '按新版期限规则重排期限';

/** The ledger's milestones were planned by rules older than this build's (a read). */
export const plannedByOlderRules = (db: LedgerHandle['db']): boolean =>
  getSetting(db, PLANNER_SETTING) !== PLANNER_VERSION;

/** A re-plan that moved nothing is not kept (an empty ledger, or rules that did not move). */
class NothingReplanned extends Error {}

/**
 * Before a write that plans milestones: re-plans every record and notice if the ledger was
 * planned by older rules. Returns the records whose milestones moved (0: none, or already
 * planned by these rules; the caller's own operation then notes the version, `notePlanner`).
 */
export function replanIfOutdated(ledger: LedgerHandle, asOf?: string): number {
  if (!plannedByOlderRules(ledger.db)) return 0;
  try {
    return withOperation(
      ledger,
      { kind: 'replan', summary: REPLAN_SUMMARY, actor: 'auto' },
      (tx) => {
        regenerateAll(tx, asOf);
        const moved = statement(
          tx.db,
          `SELECT count(*) AS rows, count(DISTINCT record_id) AS records FROM operation_changes
          WHERE op_id = ? AND table_name <> 'settings'`,
        ).get(tx.opId) as { rows: number; records: number };
        // The horizon year alone is written by the import's own plan anyway.
        if (moved.rows === 0) throw new NothingReplanned();
        notePlanner(tx);
        tx.describe(`${REPLAN_SUMMARY}（${moved.records} 条记录的期限有变）`);
        return moved.records;
      },
    );
  } catch (e) {
    if (e instanceof NothingReplanned) return 0;
    throw e;
  }
}

/** Notes, inside a write that planned with these rules, that the ledger is planned by them. */
export function notePlanner(tx: WriteTx): void {
  if (plannedByOlderRules(tx.db)) tx.setSetting(PLANNER_SETTING, PLANNER_VERSION);
}
