/**
 * Closes the yearly application rounds the programme's next confirmation answered
 * (core/schedule/round-closure.ts): done, the confirmation as the note. Only rounds still
 * pending and unannotated are touched — what a person marked stays theirs — and every
 * regeneration applies it again, so a round planned after its confirmation was imported is
 * closed too.
 */
import { closingNotice } from '../../core/schedule/round-closure';
import { confirmationsOf, openRoundsOf } from '../../db/queries/programme-cycles';
import type { WriteTx } from '../../db/write/write-tx';

export function closeAnsweredRounds(tx: WriteTx, noticeIds: readonly number[]): number {
  if (noticeIds.length === 0) return 0;
  const rounds = openRoundsOf(tx.db, noticeIds);
  if (rounds.length === 0) return 0;
  const confirmations = confirmationsOf(tx.db, [...new Set(rounds.map((r) => r.programme))]);
  let closed = 0;
  for (const r of rounds) {
    const n = closingNotice(r.dueOn, confirmations.get(r.programme) ?? []);
    if (!n) continue;
    const note = `已确认：《${n.title ?? ''}》（${n.issuedOn}）`;
    closed +=
      tx.update('milestones', r.id, { status: 'done', note, updated_at: tx.now }) > 0 ? 1 : 0;
  }
  return closed;
}
