/**
 * A draft weighed under the programmes a notice may mean by the name it writes (a family of
 * stored names: the same base, stem or core, a shortened or a provincial name, a quoted one).
 */
import { findIdentity, type IdentityMatch } from '../../core/dedupe/identity';
import type { IdentityRow } from '../../db/queries/identity';
import { regionMapper as mapper } from '../dedupe/nearby-codes';
import type { NoticeReads } from './join-reads';

/**
 * The one programme of `family` that has this unit, if exactly one does: the draft weighed
 * under each programme the notice may mean by the name it writes.
 */
export function oneOfFamily(
  draft: IdentityRow,
  family: readonly string[],
  codes: readonly string[] | null,
  taken: ReadonlySet<number>,
  reads: NoticeReads,
  /** which stored records of programme `p` may be the draft (all by default) */
  admits: (p: string, c: IdentityRow) => boolean = () => true,
): IdentityMatch | null {
  const rows = reads.byFamily(draft, family, codes);
  const found: IdentityMatch[] = [];
  for (const p of family) {
    const cands = rows.get(p)!.filter((c) => !taken.has(c.id) && admits(p, c));
    const m = findIdentity({ ...draft, programme: p }, cands, mapper());
    if (m)
      found.push({
        ...m,
        reason: `${m.reason}（本通知将项目写作“${draft.programme}”）`,
      });
  }
  return found.length === 1 ? found[0]! : null;
}
