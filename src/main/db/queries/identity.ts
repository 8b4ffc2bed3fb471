/**
 * What the importer reads to join a later notice to the records it names: the live records
 * a draft could be by identity (same kind and programme, or for a case the same year), who
 * set each of a record's fields and with what authority, and a record's status events.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';
import { LIVE } from './live';

export interface IdentityRow {
  id: number;
  kind: string;
  programme: string | null;
  year: number | null;
  batch: string | null;
  regionCode: string | null;
  unitCode: string | null;
  town: string | null;
  unit: string | null;
  regionText: string | null;
  title: string | null;
}

/** A region code the finder places nowhere: none, not six digits, or a whole province. */
export const UNPLACED = `(r.region_code IS NULL OR r.region_code NOT GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'
  OR r.region_code GLOB '??0000')`;

/**
 * Live records of `kind` in `programme` (a case: or of `year`) filed under one of `codes`
 * (the codes near the draft's unit, app/dedupe/nearby-codes.ts), or, with `codes` null (a
 * draft placed nowhere), those placed nowhere either: identity needs the same unit, so
 * no other record can match and none other is read.
 */
export function identityCandidates(
  db: Database.Database,
  kind: string,
  programme: string | null,
  year: number | null,
  codes: readonly string[] | null,
): IdentityRow[] {
  const where =
    codes === null
      ? `AND ${UNPLACED}`
      : 'AND r.region_code IN (SELECT value FROM json_each(@codes))';
  return statement(
    db,
    `SELECT id, kind, programme, year, batch, region_code AS regionCode, unit_code AS unitCode,
            town, unit, region_text AS regionText, title
       FROM records r
      WHERE ${LIVE} AND kind = @kind ${where}
        AND (programme = @programme OR (@kind = 'case' AND year = @year))
      ORDER BY id`,
  ).all({ kind, programme, year, codes: JSON.stringify(codes ?? []) }) as IdentityRow[];
}

/**
 * identityCandidates for each of several programmes, in one read: a draft weighed against
 * a family of programmes (one per province can be dozens) reads the ledger once. Each
 * programme's rows are exactly identityCandidates' for it, in the same order.
 */
export function identityCandidatesByProgramme(
  db: Database.Database,
  kind: string,
  programmes: readonly string[],
  year: number | null,
  codes: readonly string[] | null,
): Map<string, IdentityRow[]> {
  const where =
    codes === null
      ? `AND ${UNPLACED}`
      : 'AND r.region_code IN (SELECT value FROM json_each(@codes))';
  const rows = statement(
    db,
    `SELECT id, kind, programme, year, batch, region_code AS regionCode, unit_code AS unitCode,
            town, unit, region_text AS regionText, title
       FROM records r
      WHERE ${LIVE} AND kind = @kind ${where}
        AND (programme IN (SELECT value FROM json_each(@programmes))
             OR (@kind = 'case' AND year = @year))
      ORDER BY id`,
  ).all({
    kind,
    programmes: JSON.stringify(programmes),
    year,
    codes: JSON.stringify(codes ?? []),
  }) as IdentityRow[];
  // A case of the same year belongs to every programme's rows, as in identityCandidates.
  const sameYear = (r: IdentityRow) => kind === 'case' && year !== null && r.year === year;
  return new Map(programmes.map((p) => [p, rows.filter((r) => r.programme === p || sameYear(r))]));
}

/**
 * Live cases whose title holds `tail` (the last characters of a title, the same however
 * a notice writes its opening place): what an item naming a case by its title alone could be.
 */
export function casesTitledLike(db: Database.Database, tails: readonly string[]): IdentityRow[] {
  return statement(
    db,
    `SELECT id, kind, programme, year, batch, region_code AS regionCode, unit_code AS unitCode,
            town, unit, region_text AS regionText, title
       FROM records r
      WHERE ${LIVE} AND kind = 'case'
        AND EXISTS (SELECT 1 FROM json_each(@tails) t WHERE instr(r.title, t.value) > 0)
      ORDER BY id`,
  ).all({ tails: JSON.stringify(tails) }) as IdentityRow[];
}

/**
 * Programmes of `kind` whose name ends like `core` ("…社区治理和服务创新实验区"), in name
 * order. Compared in JavaScript over the kind's live programme names: a DISTINCT that tests
 * the ending in SQL skips past a name only once it has kept it, so a name that does not end
 * so had every one of its records read (8 ms a read at 100,000 records when none matched).
 */
export function programmesLike(db: Database.Database, kind: string, core: string): string[] {
  return liveProgrammes(db, kind).filter((p) => endsLike(p, core));
}

/** SQL's `substr(name, -length(core)) = core`: an empty core is met by an empty name only. */
export const endsLike = (name: string, core: string) =>
  core === '' ? name === '' : name.endsWith(core);

/**
 * The distinct live programme names of `kind`, in name order: one index seek per name (the
 * next name after the last one found), never a pass over the kind's records.
 */
export function liveProgrammes(db: Database.Database, kind: string): string[] {
  const first = statement(
    db,
    `SELECT programme FROM records r
      WHERE ${LIVE} AND kind = @kind AND programme IS NOT NULL
      ORDER BY programme LIMIT 1`,
  );
  const next = statement(
    db,
    `SELECT programme FROM records r
      WHERE ${LIVE} AND kind = @kind AND programme > @after
      ORDER BY programme LIMIT 1`,
  );
  const out: string[] = [];
  let row = first.get({ kind }) as { programme: string } | undefined;
  while (row) {
    out.push(row.programme);
    row = next.get({ kind, after: row.programme }) as { programme: string } | undefined;
  }
  return out;
}

export interface FieldSourceRow {
  field: string;
  mentionId: number | null;
  opId: number | null;
  role: string | null;
  issuedOn: string | null;
  sha: string | null;
}

/**
 * Programmes of `kind` whose name starts like `base` ("全国…实验县" for "全国…实验县（市、区）").
 * One index seek per distinct programme (the next name after the last one found, below the
 * end of the prefix's range): a DISTINCT over the kind's live records passed every record
 * of the kind, 15–40 ms a read in a 100,000-record ledger.
 */
export function programmesStartingLike(
  db: Database.Database,
  kind: string,
  base: string,
): string[] {
  // In UTF-8's byte order every name starting with `base` lies in [base, base‖0xFF): no
  // character's encoding starts with the byte FF.
  const next = statement(
    db,
    `SELECT programme FROM records r
      WHERE ${LIVE} AND kind = @kind AND programme > @after
        AND programme < @base || CAST(x'ff' AS TEXT)
      ORDER BY programme LIMIT 1`,
  );
  // The first seek also finds `base` itself (>=), the next ones only names after it.
  const first = statement(
    db,
    `SELECT programme FROM records r
      WHERE ${LIVE} AND kind = @kind AND programme >= @base
        AND programme < @base || CAST(x'ff' AS TEXT)
      ORDER BY programme LIMIT 1`,
  );
  const out: string[] = [];
  let row = first.get({ kind, base }) as { programme: string } | undefined;
  while (row) {
    if (row.programme.startsWith(base)) out.push(row.programme);
    row = next.get({ kind, after: row.programme, base }) as { programme: string } | undefined;
  }
  return out;
}

/** Who set each field of a record: a mention (with its notice's role, date and hash) or a person. */
export function fieldSources(db: Database.Database, recordId: number): FieldSourceRow[] {
  return statement(
    db,
    `SELECT p.field, p.mention_id AS mentionId, p.op_id AS opId, n.role, n.issued_on AS issuedOn,
              n.sha256 AS sha
         FROM field_sources p
         LEFT JOIN mentions m ON m.id = p.mention_id
         LEFT JOIN notices n ON n.id = m.notice_id
        WHERE p.record_id = ?`,
  ).all(recordId) as FieldSourceRow[];
}

export interface EventRow {
  id: number;
  recordId: number;
  noticeId: number;
  status: string;
  grade: string | null;
  untilOn: string | null;
  occurredOn: string | null;
  sentence: string;
  /** The telling notice's role: a news item's events give way to official ones. */
  role: string | null;
}

/** The status events of these records, followed through merges by their mention (live notices only). */
export function eventsOf(db: Database.Database, recordIds: readonly number[]): EventRow[] {
  if (recordIds.length === 0) return [];
  return statement(
    db,
    `SELECT e.id, m.record_id AS recordId, e.notice_id AS noticeId, e.status, e.grade,
              e.until_on AS untilOn, e.occurred_on AS occurredOn, e.sentence, n.role
         FROM record_events e
         JOIN mentions m ON m.id = e.mention_id
         JOIN notices n ON n.id = e.notice_id AND n.withdrawn_at IS NULL
        WHERE m.record_id IN (SELECT value FROM json_each(?))
        ORDER BY m.record_id, e.id`,
  ).all(JSON.stringify(recordIds)) as EventRow[];
}

/** A live notice naming a record (through one of its mentions): its role, date and hash. */
export interface RecordNoticeRow {
  role: string | null;
  issuedOn: string | null;
  sha: string | null;
}

/**
 * The live notices naming a record, leaving out the mentions whose reason starts `retold` (a
 * retelling of an earlier batch weighs nothing).
 */
export function recordNotices(
  db: Database.Database,
  recordId: number,
  retold: string,
): RecordNoticeRow[] {
  return statement(
    db,
    `SELECT DISTINCT n.role, n.issued_on AS issuedOn, n.sha256 AS sha
       FROM mentions m JOIN notices n ON n.id = m.notice_id AND n.withdrawn_at IS NULL
      WHERE m.record_id = ? AND (m.reason IS NULL OR substr(m.reason, 1, length(?)) <> ?)`,
  ).all(recordId, retold, retold) as RecordNoticeRow[];
}
