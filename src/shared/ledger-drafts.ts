/**
 * What the importer hands the ledger: a notice, its records (values as stored, plus the
 * values as the notice wrote them) and the rules it states. Made by core (pure), stored by
 * db; kept here so neither has to import the other.
 */
import type { NoticeWarning, RecordKind } from './domain';
import type { ItemOutcome, NoticeRole } from './notice-roles';
import type { ImportedColumn } from './record-fields';

export interface NoticeDraft {
  file: string;
  sha256: string;
  format: string;
  encoding: string | null;
  rawText: string;
  title: string | null;
  issuer: string | null;
  docNo: string | null;
  docNoRaw: string | null;
  issuedOn: string | null;
  kind: string | null;
  programme: string | null;
  /** What the notice does to its programme's records (confirms, reports, accepts, …). */
  role?: NoticeRole | null;
  batch?: string | null;
  /** The text gives no date, only the file does (never taken as the issue date). */
  dateFromFile?: boolean;
  warnings: NoticeWarning[];
}

export interface RecordDraft {
  kind: RecordKind;
  fields: Partial<Record<ImportedColumn, string | number | null>>;
  seq: number | null;
  span: { start: number; end: number };
  /** The values as the notice wrote them, before any resolution (kept on the mention). */
  extracted: Record<string, unknown>;
  /** What the notice says happened to the unit (an event on its record, never its title). */
  outcome?: ItemOutcome;
  /**
   * Retold from an earlier batch of the programme: a mention of that batch's record when the
   * ledger holds it (no field changed), never a new record.
   */
  retold?: true;
  /**
   * A province the notice states as a unit of its programme (两省…列为试点, 命名某省为…示范省): a
   * later notice or a story makes its record, where a province named in passing makes none.
   */
  statedProvince?: true;
  /**
   * A list's own entry known by its own name — an enterprise by its registered name (…的四川名单:
   * 新希望集团有限公司), a site under a column headed by its kind (风景名胜区 | 采石) — is the unit,
   * so a later notice makes its record at the province the list files it under, where a company
   * only named beside a unit (its operator) makes none.
   */
  namedUnit?: true;
  /**
   * A later notice's own year where it is no year of the record (its date alone gave it): the
   * join ranks a unit of several batches by it, the record's 年度 is not set from it.
   */
  noticeYear?: number;
}

export interface RuleDraft {
  kind: string;
  text: string;
  span: { start: number; end: number } | null;
  params: Record<string, unknown>;
  programme: string | null;
  /** The batch the rule belongs to: the one its sentence names, else its notice's. */
  batch?: string | null;
}
