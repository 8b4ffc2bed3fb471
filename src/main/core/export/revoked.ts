/**
 * Revoked units in a Word list. A list is read by the leader who receives it as the units
 * that hold the title now: a zone whose status says it was revoked (撤销, 摘牌, 取消资格 —
 * set by a revocation notice or written by hand) printed like the others would be read as
 * current. It is marked （已撤销） after its name, as a compilation marks a case without a
 * write-up （材料待补）, or left out when asked, and the export says how many.
 */
import type { LedgerRecord } from '../../../shared/domain';

export const REVOKED_MARK = '（已撤销）';

const REVOKED = /撤销|撤消|摘牌|撤牌|取消/;

/** Whether the record's status says the unit lost its title. */
export const isRevoked = (r: Pick<LedgerRecord, 'status'>): boolean =>
  !!r.status && REVOKED.test(r.status);
