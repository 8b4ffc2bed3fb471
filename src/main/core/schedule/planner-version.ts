/**
 * Which schedule rules planned a ledger's milestones. Raise it whenever a change to the
 * planner (record-plan.ts, notice-milestones.ts, cycle.ts, programme-end.ts …) would plan a
 * stored ledger's milestones differently: the ledger keeps the version that planned it, and
 * the first import after an upgrade re-plans every record in an operation of its own
 * (app/schedule/replan.ts) — otherwise the import that happens to re-plan a programme logs
 * thousands of other records' moved deadlines as its own, and undoing it takes them back.
 */
export const PLANNER_VERSION = 'r69.1';
