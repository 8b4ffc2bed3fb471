/**
 * What the import, duplicate and export methods answer: plain shapes, so the renderer and
 * the CLI read them as they read shared/domain.
 */
import type { LedgerRecord, Notice } from './domain';
import type { NoticeRole } from './notice-roles';

export interface ImportFailure {
  file: string;
  code: string;
  message: string;
}

export interface ImportFileResult {
  file: string;
  status: 'imported' | 'already_imported' | 'failed';
  noticeId: number | null;
  /** In the order the notice lists them (the index edits refer to). */
  recordIds: number[];
  /** What the notice changed in the ledger (imported and dry-run files). */
  changes?: NoticeChanges;
  /**
   * How a row added by hand to this notice's preview has its region resolved when it is
   * committed (imported and dry-run files): the preview asks regions/resolve the same.
   */
  addedRowRegion?: RegionQuery;
  /** The same for each extracted item, by the index edits refer to (a retyped region). */
  recordRegions?: RegionQuery[];
}

/** A gazetteer query's setting: names as of a date, inside a place ("河北省"); null: none. */
export interface RegionQuery {
  asOf: string | null;
  context: string | null;
}

/** What one notice changed: records it created, existing ones it named, events, milestones. */
export interface NoticeChanges {
  role: NoticeRole | null;
  /** A news item: its mentions are a secondary source. */
  secondary: boolean;
  created: number[];
  /** Existing records the notice names, each with the identity reason and the item's index. */
  joined: { recordId: number; reason: string; index: number }[];
  events: { recordId: number; status: string }[];
  /** Records a later notice had to create (no confirmation in the ledger yet): to review. */
  unconfirmed: number;
  /** Items of a later notice naming no unit of the ledger nor any county or township: not made records. */
  skipped: number;
  /**
   * Units the notice retells from an earlier batch of its programme that the ledger holds no
   * record of: named here, never made records (those it holds are among `joined`).
   */
  retoldUnrecorded: number;
  milestonesAdded: number;
  milestonesClosed: number;
  /**
   * Records of this import merged at once into a clear duplicate (an earlier record, or
   * another item of the same notice): counted among the new ones above, yet not new rows.
   */
  autoMerged: number;
}

export interface ImportOutcome {
  notices: Notice[];
  records: LedgerRecord[];
  files: ImportFileResult[];
  /** Files that could not be imported; each left the ledger exactly as it was. */
  failures: ImportFailure[];
  /**
   * The undo step its operations were written in, when the call asked for one and wrote
   * something: the click's next call passes it on, so 撤销 takes back the click's files together.
   */
  step?: number;
}

export interface DuplicateReport {
  groups: { recordIds: number[]; score: number; reasons: string[] }[];
  related: { a: number; b: number; relation: string; score: number }[];
}

export interface ExportOutcome {
  file: string;
  rows: number;
  /** Revoked units left out of a Word document (asked for): the message says how many. */
  revokedLeftOut?: number;
  /** The file itself when no path was given (browser mode downloads it; the desktop saves it via its dialog). */
  dataBase64?: string;
}
