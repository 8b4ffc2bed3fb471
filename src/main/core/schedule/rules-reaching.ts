/**
 * The rules that can govern a record at any level of rule-set.ts (its own user rules, its
 * notices', its programme's, the defaults with no programme), in their order. A notice
 * stating rules re-plans its whole programme, one plan per distinct record shape, and each
 * plan went through every rule of the ledger: those of other programmes' notices fall
 * through every level, so only the rules indexed under the record's id, notices and
 * programme (and those with neither notice nor programme) are worth a look.
 */
import type { RuleRow } from '../../../shared/schedule';

interface RuleIndex {
  /** positions of user rules with params.recordId, by that record */
  byRecord: Map<number, number[]>;
  /** positions of a notice's rules, by notice */
  byNotice: Map<number, number[]>;
  /** positions of a programme's rules (notices' and defaults'), by programme */
  byProgramme: Map<string, number[]>;
  /** positions of default rules with no programme and no record */
  general: number[];
}

/** By frozen rule list (kept between regenerations, db/queries/kept-rules.ts). */
const indexes = new WeakMap<readonly RuleRow[], RuleIndex>();

const push = <K>(m: Map<K, number[]>, k: K, i: number) => {
  const list = m.get(k);
  if (list) list.push(i);
  else m.set(k, [i]);
};

function indexOf(rules: readonly RuleRow[]): RuleIndex {
  const known = indexes.get(rules);
  if (known) return known;
  const ix: RuleIndex = {
    byRecord: new Map(),
    byNotice: new Map(),
    byProgramme: new Map(),
    general: [],
  };
  rules.forEach((r, i) => {
    const recordId = typeof r.params.recordId === 'number' ? r.params.recordId : null;
    if (r.noticeId === null && recordId !== null) push(ix.byRecord, recordId, i);
    else {
      if (r.noticeId !== null) push(ix.byNotice, r.noticeId, i);
      if (r.programme !== null) push(ix.byProgramme, r.programme, i);
      else if (r.noticeId === null) ix.general.push(i);
    }
  });
  indexes.set(rules, ix);
  return ix;
}

/**
 * Of `rules`, those that can reach a record with this id, programme and notices, in their
 * order (every other rule reaches no level). A list that may still change is returned whole.
 */
export function rulesReaching(
  rec: { id: number; programme: string | null; noticeIds: readonly number[] },
  rules: readonly RuleRow[],
): readonly RuleRow[] {
  if (!Object.isFrozen(rules)) return rules;
  const ix = indexOf(rules);
  const at = [
    ...(ix.byRecord.get(rec.id) ?? []),
    ...rec.noticeIds.flatMap((n) => ix.byNotice.get(n) ?? []),
    ...(rec.programme !== null ? (ix.byProgramme.get(rec.programme) ?? []) : []),
    ...ix.general,
  ].sort((a, b) => a - b);
  const out: RuleRow[] = [];
  for (let k = 0; k < at.length; k++) if (k === 0 || at[k] !== at[k - 1]) out.push(rules[at[k]!]!);
  return out;
}
