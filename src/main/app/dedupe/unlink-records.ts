/**
 * Taking a related link apart from the record panel (解除关联): a link found at import or
 * set by hand that a person judges wrong. Both records stay as they are; only the link
 * rows between the two go, as one operation, so 撤销 puts them back. The pair is remembered
 * as refused (link_refusals) in the same operation: a later import naming either record
 * finds the same relation again, and its linker must not overrule the person.
 */
import { AppError } from '../../../shared/app-error';
import type { LedgerHandle } from '../../db/ledger';
import { recordNameById } from '../../db/queries/records';
import { withOperation } from '../../db/write/with-operation';

/** Removes every link between the two records (any relation); returns how many went. */
export function unlinkRecords(ledger: LedgerHandle, first: number, second: number): number {
  if (first === second) throw new AppError('unlink_same', '一条记录不能与自身解除关联');
  const [a, b] = first < second ? [first, second] : [second, first];
  const rows = ledger.db
    .prepare('SELECT id FROM record_links WHERE record_a = ? AND record_b = ?')
    .all(a, b) as { id: number }[];
  if (rows.length === 0)
    throw new AppError('unlink_none', '这两条记录之间没有关联（可能已解除），请刷新后再试');
  return withOperation(ledger, { kind: 'unlink', summary: '解除关联' }, (tx) => {
    // Named by titles in the history and the undo button, as links and merges are.
    tx.describe(`解除${recordNameById(tx.db, a)}与${recordNameById(tx.db, b)}的关联`);
    for (const r of rows) tx.remove('record_links', r.id);
    tx.put('link_refusals', { record_a: a, record_b: b, refused_at: tx.now });
    return rows.length;
  });
}
