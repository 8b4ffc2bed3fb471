/**
 * A stored mention's values as its notice wrote them, read again: what a source moved by a
 * person (拆出为新记录, 改关联到…) brings to a record, and what a source kept on a record
 * offers when the record is weighed again after a split. A mention keeps only the words its
 * notice wrote, so the place is read again through the gazetteer, and kind, programme, year
 * and batch are the record's it belongs to (identity found them the same when it joined).
 */
import type { RecordDraft } from '../../../shared/ledger-drafts';
import type { ImportedColumn } from '../../../shared/record-fields';
import { resolveRegion } from '../../core/gazetteer';
import { authorityOf } from '../../core/records/source-authority';
import { statement } from '../../db/write/statements';
import type { WriteTx } from '../../db/write/write-tx';
import { weighFields } from '../import/weigh-fields';
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

/**
 * Where the mention's notice placed its line, as its import asked the gazetteer
 * (regionQueryFor): the province, city and county the line inherited from its notice (a city
 * bureau's issuer, a county label), the record's province where the line carried none. A
 * street written bare (宁海路街道) read inside its province alone may land in a namesake county
 * of another province; inside the notice's city it is that city's street.
 */
function contextOf(stored: unknown, base: RecordBase): string | undefined {
  const ctx = (stored ?? {}) as { province?: unknown; city?: unknown; county?: unknown };
  const province = text(ctx.province) ?? base.province;
  const parts = [province, text(ctx.city), text(ctx.county)].filter(Boolean);
  return parts.length > 0 ? parts.join('') : undefined;
}

/** The record's values as the mention's notice wrote them, its place read through the gazetteer. */
export function valuesOf(m: StoredMention, base: RecordBase): RecordDraft['fields'] {
  const x = JSON.parse(m.extracted) as Record<string, unknown>;
  const place = text(x.regionText);
  const r = place
    ? resolveRegion(place, {
        context: contextOf(x.regionContext, base),
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
    title: text(x.title),
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

/** A stored mention with what its notice weighs by: its role, date and text (the tie-break). */
export interface WeighedMention extends StoredMention {
  id: number;
  noticeId: number;
  role: string | null;
  sha: string;
}

/**
 * Weighs a stored mention's values on a record as its notice's join would (weighFields): a
 * source a person moved onto the record (改关联到…), and a later source weighed again once a
 * split took away the one that had beaten it. `only`: just those fields.
 */
export function weighStored(
  tx: WriteTx,
  recordId: number,
  m: WeighedMention,
  kind: RecordDraft['kind'],
  fields: RecordDraft['fields'],
  only?: ReadonlySet<string>,
): void {
  const draft: RecordDraft = {
    kind,
    fields,
    seq: m.seq,
    span: { start: 0, end: 0 },
    extracted: JSON.parse(m.extracted) as Record<string, unknown>,
  };
  const source = {
    noticeId: m.noticeId,
    authority: authorityOf(m.role),
    issuedOn: m.issuedOn,
    tieBreak: storedTieBreak(tx.db, m.sha),
  };
  weighFields(tx, recordId, m.id, draft, source, only);
}
