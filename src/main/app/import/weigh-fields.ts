/**
 * Weighing a record's values when another notice names it: each imported field is kept or taken
 * by source authority (core/records/source-authority.ts), reading who set each one; a blank
 * field that places the record (项目, 年度, 批次) answers to the strongest notice naming it.
 */
import type Database from 'better-sqlite3';
import type { RecordDraft } from '../../../shared/ledger-drafts';
import { IMPORTED_COLUMNS } from '../../../shared/record-fields';
import { storedValue } from '../../../shared/stored-value';
import {
  authorityOf,
  PERSON_AUTHORITY,
  silentSource,
  takesField,
  type ValueSource,
} from '../../core/records/source-authority';
import {
  fieldSources,
  recordNotices,
  type FieldSourceRow,
  type RecordNoticeRow,
} from '../../db/queries/identity';
import { statement } from '../../db/write/statements';
import type { WriteTx } from '../../db/write/write-tx';
import { storedTieBreak } from '../records/notice-tie-break';
import { RETOLD_REASON } from './retold-reason';

/**
 * A stored notice as the source of a record's field. Its tie-break hashes the notice's whole
 * text, and takesField asks for it only between notices of equal authority and date: worked
 * out when asked, a join whose sources differ in rank or date reads no stored notice's text.
 */
function storedSource(db: Database.Database, s: FieldSourceRow | RecordNoticeRow): ValueSource {
  const sha = s.sha;
  let tieBreak: string | undefined;
  return {
    authority: authorityOf(s.role),
    issuedOn: s.issuedOn,
    get tieBreak() {
      return (tieBreak ??= sha === null ? '' : storedTieBreak(db, sha));
    },
  };
}

/** The record's fields as the new mention leaves them: each kept or taken by authority. */
export function weighFields(
  tx: WriteTx,
  recordId: number,
  mentionId: number,
  draft: RecordDraft,
  source: ValueSource,
  /** Only these fields (a record weighed again after a split); absent: every imported one. */
  only?: ReadonlySet<string>,
) {
  const current = statement(tx.db, 'SELECT * FROM records WHERE id = ?').get(recordId) as Record<
    string,
    unknown
  >;
  const sources = new Map(fieldSources(tx.db, recordId).map((s) => [s.field, s]));
  // The strongest notice naming the record, read only for a blank placing field: its silence.
  let spoken: ValueSource | null | undefined;
  const strongest = () =>
    spoken !== undefined ? spoken : (spoken = strongestNotice(tx.db, recordId));
  const patch: Record<string, string | number | null> = {};
  const sourced: string[] = [];
  for (const field of IMPORTED_COLUMNS) {
    if (field === 'status' || (only && !only.has(field))) continue; // status: told by events
    const s = sources.get(field);
    const curSource: ValueSource | null = !s
      ? null
      : s.mentionId === null
        ? { authority: PERSON_AUTHORITY, issuedOn: null, tieBreak: '' }
        : storedSource(tx.db, s);
    const value = draft.fields[field] ?? null;
    const cur = { value: current[field], source: curSource };
    cur.source = silentSource(field, cur, strongest);
    if (!takesField(field, cur, { value, source })) continue;
    // A field cleared by an official notice's silence is stored as a new record's blank one
    // is (no value), so the ledger does not depend on which notice came first.
    const stored = storedValue(value);
    if (current[field] !== stored) patch[field] = stored;
    sourced.push(field);
  }
  // the fields the mention now sources, set together (one read of the record's rows)
  tx.setProvenanceOf(recordId, sourced, { mentionId, opId: tx.opId });
  if (Object.keys(patch).length) tx.update('records', recordId, { ...patch, updated_at: tx.now });
}

/**
 * The strongest notice naming the record, the earliest of equals: whose silence a blank placing
 * field keeps (the notice itself being weighed is among them, and is weighed the same).
 */
function strongestNotice(db: Database.Database, recordId: number): ValueSource | null {
  let best: ValueSource | null = null;
  for (const row of recordNotices(db, recordId, RETOLD_REASON)) {
    const s = storedSource(db, row);
    if (
      !best ||
      s.authority > best.authority ||
      (s.authority === best.authority &&
        s.issuedOn !== null &&
        (best.issuedOn === null || s.issuedOn < best.issuedOn))
    )
      best = s;
  }
  return best;
}
