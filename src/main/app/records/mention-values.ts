/**
 * A stored mention's values as its notice wrote them, read again: what a source moved by a
 * person (拆出为新记录, 改关联到…) brings to a record, and what a source kept on a record
 * offers when the record is weighed again after a split. A mention keeps only the words its
 * notice wrote, so the place is read again through the gazetteer, and kind, programme, year
 * and batch are the record's it belongs to (identity found them the same when it joined); its
 * notice is weighed as the import weighed it (sourceOf).
 */
import type { RecordDraft } from '../../../shared/ledger-drafts';
import type { ImportedColumn } from '../../../shared/record-fields';
import { resolveRegion } from '../../core/gazetteer';
import { authorityOf } from '../../core/records/source-authority';
import { statement } from '../../db/write/statements';
import type { WriteTx } from '../../db/write/write-tx';
import { storedTieBreak } from './notice-tie-break';

/** Why an item joined the record a person moved it to. */
export const MOVED_REASON = '人工改关联（从另一条记录移来）';

export const text = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v : null;

/** The record a mention's values are read for: what identity found the same. */
export interface RecordBase {
  programme: string | null;
  year: number | null;
  batch: string | null;
  province: string | null;
}

/** The parts of a stored mention its values are read from. */
export interface StoredMention {
  extracted: string;
  seq: number | null;
  issuedOn: string | null;
}

/** The record's values as the mention's notice wrote them, its place read through the gazetteer. */
export function valuesOf(m: StoredMention, base: RecordBase): RecordDraft['fields'] {
  const x = JSON.parse(m.extracted) as Record<string, unknown>;
  const place = text(x.regionText);
  const r = place
    ? resolveRegion(place, {
        context: base.province ?? undefined,
        ...(m.issuedOn ? { asOf: m.issuedOn } : {}),
      })
    : null;
  return {
    programme: base.programme,
    year: base.year,
    batch: base.batch,
    seq: m.seq,
    region_text: place,
    region_code: r?.regionCode ?? null,
    unit_code: r?.code ?? null,
    province: r?.names.province ?? base.province,
    city: r?.names.city ?? null,
    county: r?.names.county ?? null,
    town: r?.names.town ?? null,
    unit: text(x.unit),
    title: typeof x.title === 'string' ? x.title : null,
    content: text(x.content),
  } satisfies Partial<Record<ImportedColumn, string | number | null>>;
}

/** Where a record lies: a source a person moves onto it is about it, wherever the line put it. */
const PLACE_COLUMNS = [
  'region_text',
  'region_code',
  'unit_code',
  'province',
  'city',
  'county',
  'town',
  'unit',
] as const;

/** The record's place as it stands: what a source a person moved onto it keeps. */
export function placeOf(tx: WriteTx, id: number): RecordDraft['fields'] {
  const cols = PLACE_COLUMNS.map((c) => `"${c}"`).join(', ');
  return statement(tx.db, `SELECT ${cols} FROM records WHERE id = ?`).get(
    id,
  ) as RecordDraft['fields'];
}

/** The parts of a stored mention's notice its values are weighed by. */
export interface MentionNotice {
  noticeId: number;
  role: string | null;
  issuedOn: string | null;
  sha: string;
}

/**
 * A stored mention's notice as a source weighed again (a split, a move): the authority, day and
 * tie-break its import weighed it by, so a field's winner is the one the import would choose.
 */
export function sourceOf(tx: WriteTx, m: MentionNotice) {
  return {
    noticeId: m.noticeId,
    authority: authorityOf(m.role),
    issuedOn: m.issuedOn,
    tieBreak: storedTieBreak(tx.db, m.sha),
  };
}
