/**
 * A later notice joins the records it names. Inside the import's operation, before any
 * new record is written, each item is looked up by identity (core/dedupe/identity.ts):
 * found, it becomes a mention of that record (with its span and the identity reason) and
 * its values are weighed by source authority (core/records/source-authority.ts); not
 * found, it is a new record as before (with a warning when the notice is not the one that
 * confirms such records).
 */
import type { NoticeDraft, RecordDraft } from '../../../shared/ledger-drafts';
import {
  batchesAgree,
  findIdentity,
  programmeCore,
  type IdentityMatch,
} from '../../core/dedupe/identity';
import {
  codesNear,
  placeOfCode,
  type KeptRegionCodes,
  regionMapper as mapper,
} from '../dedupe/nearby-codes';
import { authorityOf, noticeTieBreak, type ValueSource } from '../../core/records/source-authority';
import { weighFields } from './weigh-fields';
import type Database from 'better-sqlite3';
import { CASE_KEYS, caseTitleKey, findByTitle } from '../../core/dedupe/title-identity';
import { keptCaseTitles, type KeptCaseTitles } from '../../db/queries/kept-case-titles';
import type { IdentityRow } from '../../db/queries/identity';
import { NoticeReads, ProgrammeNames } from './join-reads';
import {
  isShortenedProgramme,
  nationalBase,
  nationalStarts,
  programmeBase,
  programmeStem,
} from '../../core/records/programme-name';
import {
  isBareProgramme,
  provincialRelation,
  provincialTail,
} from '../../core/records/provincial-programme';
import { fieldSources, recordNotices } from '../../db/queries/identity';
import { RETOLD_REASON } from './retold-reason';
import type { WriteTx } from '../../db/write/write-tx';
import { anyJoinRefusal, refusedJoin } from '../../db/queries/join-refusals';
import { mentionShape } from '../../core/dedupe/mention-shape';
import { oneOfFamily } from './join-family';
import { byQuotedProgramme } from './join-quoted-programme';
import { byQualifiedPilot } from './join-qualified-pilot';
import { pilotEntryJoinable, pilotEntryTwin, pilotZoneTwin } from './pilot-zone-twin';
import { identityRowsByIds } from '../../db/queries/identity-stubs';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function identityOf(d: RecordDraft): Omit<IdentityRow, 'id'> & { id: number } {
  const f = d.fields;
  return {
    id: 0,
    kind: d.kind,
    programme: str(f.programme),
    // A later notice's own year, where it is no year of the record, still ranks the batches.
    year: num(f.year) ?? d.noticeYear ?? null,
    batch: str(f.batch),
    regionCode: str(f.region_code),
    unitCode: str(f.unit_code),
    town: str(f.town),
    unit: str(f.unit),
    regionText: str(f.region_text),
    title: str(f.title),
  };
}

const BARE_PROGRAMME = /^(社区|城乡|基层|乡村|村级|农村)[\u4e00-\u9fa5]{4,}$/;

/**
 * A later notice that writes the programme with the unit's own place in front: the one
 * programme of the same name that has this unit, if exactly one does.
 */
function byProgrammeCore(
  draft: IdentityRow,
  codes: readonly string[] | null,
  taken: ReadonlySet<number>,
  programmes: ProgrammeNames,
  reads: NoticeReads,
): IdentityMatch | null {
  // A programme written bare ("社区治理和服务创新实验区", as news items shorten it) is
  // its own core: the one "<place>" programme of that name holding this unit is meant.
  const family = programmes.family('core', draft, () => {
    const core =
      programmeCore(draft.programme) ??
      (draft.programme && BARE_PROGRAMME.test(draft.programme) ? draft.programme : null);
    if (!core) return [];
    const like = programmes.endingWith(draft.kind, core);
    // Only a programme that is itself "<place>" + the same name (never 全国…).
    return like.filter((p) => p !== draft.programme && programmeCore(p) === core);
  });
  if (family.length === 0) return null;
  return oneOfFamily(draft, family, codes, taken, reads);
}

/**
 * A later notice that writes the programme with other levels after its unit word (实验县 for
 * 实验县（市、区）, or a list that cut the bracket open), or with another unit word at its end
 * (a feature's 示范村 for the list's 示范村镇): the one programme of the same base, else of the
 * same stem, that has this unit, if exactly one does.
 */
function byProgrammeFamily(
  draft: IdentityRow,
  codes: readonly string[] | null,
  taken: ReadonlySet<number>,
  programmes: ProgrammeNames,
  reads: NoticeReads,
  by: 'base' | 'stem',
): IdentityMatch | null {
  const written = draft.programme;
  if (!written) return null;
  // A name is weighed with its national scope written either way (全国…, 国家级…, bare).
  const named = by === 'base' ? programmeBase : programmeStem;
  const nameOf = (p: string) => nationalBase(named(p));
  const family = programmes.family(by, draft, () => {
    const base = nameOf(written);
    if (base.length < 6) return [];
    const like = new Set(
      nationalStarts(base).flatMap((b) => programmes.startingWith(draft.kind, b)),
    );
    return [...like].filter((p) => p !== written && nameOf(p) === base);
  });
  if (family.length === 0) return null;
  return oneOfFamily(draft, family, codes, taken, reads);
}

/**
 * A later notice that writes a province's own programme as a unit of that province sees it
 * (省级X or 本省X for the confirmation's 浙江省X), perhaps leaving out an inclusive qualifier
 * (省级社区X for 浙江省城乡社区X) or its scope altogether (X for 全省X): the one such programme
 * that has this unit, if exactly one does. A name that also drops its qualifier, or is written
 * bare, joins only a record whose batch is written, the same as the draft's: two programmes of
 * one province never become one on a unit alone. The bare name must be a later notice's
 * (`later` for the draft's; for a stored record's, no confirmation names it): a ministry's own
 * list may name its national programme bare, and is never one of a province's.
 */
function byProvincialProgramme(
  draft: IdentityRow,
  codes: readonly string[] | null,
  taken: ReadonlySet<number>,
  programmes: ProgrammeNames,
  reads: NoticeReads,
  later: boolean,
): IdentityMatch | null {
  const written = draft.programme;
  const code = draft.regionCode;
  if (!written || !code) return null;
  const province = code.slice(0, 2);
  const family = programmes.family(`provincial${province}`, draft, () => {
    const tail = provincialTail(written, code);
    if (!tail) return [];
    return programmes
      .endingWith(draft.kind, tail)
      .filter((p) => p !== written && provincialRelation(p, written, code) !== null);
  });
  if (family.length === 0) return null;
  const namedLaterOnly = (id: number) =>
    recordNotices(reads.db, id, RETOLD_REASON).every((n) => n.role !== 'confirmation');
  return oneOfFamily(draft, family, codes, taken, reads, (p, c) => {
    const relation = provincialRelation(p, written, code);
    if (relation === 'scope') return true;
    // The name written bare must be a later notice's: the draft's, or every one naming c.
    if (relation === 'bare' && !(isBareProgramme(written, code) ? later : namedLaterOnly(c.id)))
      return false;
    return draft.batch !== null && c.batch !== null && batchesAgree(draft.batch, c.batch);
  });
}

/** The last two Han characters of a title: what a case named by title alone is read by. */
const titleTail = (title: string): string | undefined =>
  /[\u4e00-\u9fa5]{2}(?=[^\u4e00-\u9fa5]*$)/.exec(title)?.[0];

/**
 * A later notice that names the programme short, one run of modifiers left out of its middle
 * (全国社区治理实验区 for 全国社区治理和服务创新实验区, 全省城乡社区治理实验区 for
 * …治理创新实验区), or a record filed under the short name that the full one now names: the
 * one such programme that has this unit, if exactly one does.
 */
function byShortenedProgramme(
  draft: IdentityRow,
  codes: readonly string[] | null,
  taken: ReadonlySet<number>,
  programmes: ProgrammeNames,
  reads: NoticeReads,
): IdentityMatch | null {
  if (!draft.programme) return null;
  const written = draft.programme;
  const shortened = (a: string | null, b: string | null) =>
    isShortenedProgramme(a, b) || isShortenedProgramme(b, a);
  // Written with the unit's place in front (宣恩县社区治理实验区): the programmes of a place
  // whose name after it is the same, shortened; else those starting as this one does.
  const family = programmes.family('shortened', draft, () => {
    const core = programmeCore(written);
    const head = core ? core.slice(-3) : programmeBase(written).slice(0, 4);
    if (head.length < 3) return [];
    const like = core
      ? programmes.endingWith(draft.kind, head)
      : programmes.startingWith(draft.kind, head);
    return like.filter(
      (p) => p !== written && (core ? shortened(programmeCore(p), core) : shortened(p, written)),
    );
  });
  if (family.length === 0) return null;
  return oneOfFamily(draft, family, codes, taken, reads);
}

/**
 * A case named by its title only (news writing no programme, or its sub-list's name, and
 * the year it was written): the one live case of that title, read by the title's last
 * characters. Only a case with the draft's own title key can be it (findByTitle weighs no
 * other), so only such cases are looked up (kept-case-titles.ts).
 */
function byTitleOnly(
  titles: KeptCaseTitles,
  draft: IdentityRow,
  taken: ReadonlySet<number>,
): IdentityMatch | null {
  if (draft.kind !== 'case' || !draft.title) return null;
  const tail = titleTail(draft.title);
  if (!tail) return null;
  // only the cases whose key is the draft's: findByTitle keeps no other, and joins only a
  // lone one, so two of them (not taken by other items) decide as all would
  const key = caseTitleKey(draft.title, draft.regionText);
  const cands = titles.titled(key, tail, { leaving: taken, atMost: 2 });
  return findByTitle(draft, cands, mapper());
}

/**
 * Which drafts are records already in the ledger (by index), and why. Each draft reads
 * only the records of its kind and programme filed near its own unit (the same county
 * today, or its city), so the check costs what the notice names, not the ledger's size.
 */
export function planJoins(
  db: Database.Database,
  records: readonly RecordDraft[],
  /** the notice's live codes by city, shared with its duplicate check */
  stored: KeptRegionCodes,
  /** the notice names records a confirmation made (a later role): see byProvincialProgramme */
  later = false,
): Map<number, IdentityMatch> {
  const near = new Map<string | null, string[] | null>();
  const codesOf = (code: string | null) => {
    let c = near.get(code);
    if (c === undefined)
      near.set(code, (c = placeOfCode(code).known ? codesNear(db, [code], stored) : null));
    return c;
  };
  stored.readAhead(records.map((d) => str(d.fields.region_code)));
  const reads = new NoticeReads(db);
  const drafts = records.map((d) => {
    const draft = identityOf(d);
    const codes = codesOf(draft.regionCode);
    reads.note(draft, codes);
    // A pilot's unit read as other is looked up as the list's zone too, and the list's zone as
    // the entry an earlier page read it as (pilot-zone-twin.ts).
    const twin = pilotZoneTwin(draft) ?? pilotEntryTwin(draft);
    if (twin) reads.note(twin, codes);
    return { draft, codes, twin };
  });
  // Programme names read once per notice: planJoins runs before the notice writes anything,
  // so the answers cannot change under it.
  const programmes = new ProgrammeNames(db);
  // Cases named by their title only, kept per connection: brought up to date once per notice.
  const titles = keptCaseTitles(db, CASE_KEYS);
  const out = new Map<number, IdentityMatch>();
  const taken = new Set<number>();
  // Joins a person refused by splitting a mention off (拆出为新记录): read once per notice.
  const refusals = anyJoinRefusal(db);
  const lookUp = (draft: IdentityRow, codes: readonly string[] | null): IdentityMatch | null =>
    findIdentity(
      draft,
      reads.candidates(draft, codes).filter((c) => !taken.has(c.id)),
      mapper(),
    ) ??
    byProgrammeCore(draft, codes, taken, programmes, reads) ??
    byProgrammeFamily(draft, codes, taken, programmes, reads, 'base') ??
    byProgrammeFamily(draft, codes, taken, programmes, reads, 'stem') ??
    byShortenedProgramme(draft, codes, taken, programmes, reads) ??
    byProvincialProgramme(draft, codes, taken, programmes, reads, later) ??
    byQuotedProgramme(draft, codes, taken, programmes, reads) ??
    byQualifiedPilot(draft, codes, taken, programmes, reads) ??
    byTitleOnly(titles, draft, taken);
  drafts.forEach(({ draft, codes, twin }, i) => {
    const found = lookUp(draft, codes) ?? (twin ? twinOf(db, draft, lookUp(twin, codes)) : null);
    const match = refusals && found ? honourRefusal(db, found, records[i]!, taken) : found;
    if (!match) return;
    taken.add(match.id);
    out.set(i, match);
  });
  return out;
}

/**
 * What a pilot's item found under its other reading joins: a zone an entry of its place, as
 * found; an entry that zone only when the stored one is its place alone, then read as the zone.
 */
function twinOf(
  db: Database.Database,
  draft: IdentityRow,
  found: IdentityMatch | null,
): IdentityMatch | null {
  if (!found || draft.kind !== 'zone') return found;
  const [stored] = identityRowsByIds(db, [found.id]);
  if (!stored || !pilotEntryJoinable(stored)) return null;
  // A kind a person set stays theirs: the list's zone is then a record of its own.
  if (fieldSources(db, found.id).some((s) => s.field === 'kind' && s.mentionId === null))
    return null;
  return { ...found, kindOnJoin: draft.kind };
}

/**
 * A unit written as a mention a person split off this record (拆出为新记录) goes where the
 * person put that mention, not back where identity finds it; with that record gone, nowhere
 * (a record of its own). Another way of writing the unit is no refusal: it joins as found.
 */
function honourRefusal(
  db: Database.Database,
  found: IdentityMatch,
  record: RecordDraft,
  taken: ReadonlySet<number>,
): IdentityMatch | null {
  const refused = refusedJoin(db, found.id, mentionShape(record.kind, record.extracted));
  if (!refused) return found;
  if (!refused.live || taken.has(refused.intoId)) return null;
  return { id: refused.intoId, reason: SPLIT_REASON, renamed: false };
}

/** Why an item joined the record a person split its way of writing onto. */
export const SPLIT_REASON = '按人工拆分关联：同样写法的来源曾被拆出到这条记录';

export interface NoticeSource extends ValueSource {
  noticeId: number;
}

export const sourceOf = (noticeId: number, notice: NoticeDraft): NoticeSource => ({
  noticeId,
  authority: authorityOf(notice.role),
  issuedOn: notice.issuedOn,
  tieBreak: noticeTieBreak(notice.rawText, notice.sha256),
});

/** Writes the mention of an existing record that a later notice names, and weighs its values. */
export function joinRecord(
  tx: WriteTx,
  draft: RecordDraft,
  match: IdentityMatch,
  source: NoticeSource,
  /** False for a mention only (a retold earlier batch): the record's values stay as they are. */
  weigh = true,
): number {
  const mentionId = tx.insert('mentions', {
    record_id: match.id,
    notice_id: source.noticeId,
    seq: draft.seq,
    span_start: draft.span.start,
    span_end: draft.span.end,
    extracted: JSON.stringify(draft.extracted),
    original_record_id: match.id,
    joined: 1,
    reason: match.reason,
  });
  // The list's zone joining the entry an earlier page made: the record is the zone from now on.
  if (weigh && match.kindOnJoin)
    tx.update('records', match.id, { kind: match.kindOnJoin, updated_at: tx.now });
  if (weigh) weighFields(tx, match.id, mentionId, draft, source);
  return mentionId;
}
