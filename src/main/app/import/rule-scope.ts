/**
 * A later notice's rules reach the records it joined: a rule is stored under the programme
 * and batch its notice writes, and a notice that writes them another way (the programme
 * short or with the unit's place in front) would scope its rule to a programme no record
 * holds. When every item of the rule's programme joined a record and those records hold one
 * programme, the rule takes it, and their one batch where the rule names none.
 */
import type Database from 'better-sqlite3';
import type { RecordDraft, RuleDraft } from '../../../shared/ledger-drafts';
import type { IdentityMatch } from '../../core/dedupe/identity';
import { statement } from '../../db/write/statements';

interface Held {
  programme: string | null;
  batch: string | null;
}

/** The one value all of `xs` share, else undefined. */
function oneOf<T>(xs: readonly T[]): T | undefined {
  return xs.length && xs.every((x) => x === xs[0]) ? xs[0] : undefined;
}

export function rulesScopedToJoins(
  db: Database.Database,
  records: readonly RecordDraft[],
  joins: ReadonlyMap<number, IdentityMatch>,
  rules: readonly RuleDraft[],
): RuleDraft[] {
  if (!joins.size || !rules.length) return [...rules];
  const read = statement(db, 'SELECT programme, batch FROM records WHERE id = ?');
  const joinedOf = new Map<string | null, Held[]>();
  for (const [i, m] of joins) {
    const written = records[i]?.fields.programme;
    const key = typeof written === 'string' ? written : null;
    let list = joinedOf.get(key);
    if (!list) joinedOf.set(key, (list = []));
    list.push(read.get(m.id) as Held);
  }
  return rules.map((r) => {
    const held = joinedOf.get(r.programme);
    // Only when every item of the rule's programme was joined (none is a new record of it).
    const items = records.filter((d) => d.fields.programme === r.programme).length;
    if (!held || held.length !== items) return r;
    const programme = oneOf(held.map((h) => h.programme));
    if (!programme) return r;
    // A batch the rule names stays as written; one it leaves out is the records' own.
    const batch = r.batch ?? oneOf(held.map((h) => h.batch)) ?? null;
    return { ...r, programme, batch };
  });
}
