/**
 * A rule row as the schedule reads it from the ledger, for tests that plan milestones from
 * hand-made rules: programme 'P', no notice, ids counted up per test file.
 */
import type { RuleRow } from '../../src/shared/schedule';

let nextId = 1;

export const rule = (
  kind: string,
  params: Record<string, unknown>,
  o: Partial<RuleRow> = {},
): RuleRow => ({
  id: nextId++,
  noticeId: null,
  programme: 'P',
  kind,
  text: kind,
  spanStart: null,
  params,
  noticeIssuedOn: null,
  noticeDocNo: null,
  noticeTitle: null,
  ...o,
});
