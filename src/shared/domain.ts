/**
 * Domain shapes as they leave the backend (see docs: CLI and JSON contract).
 * Plain data only: no Node, no DOM, so both sides can import them.
 */
export const RECORD_KINDS = ['zone', 'case', 'observation', 'other'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  zone: '实验区',
  case: '典型案例',
  observation: '观察点',
  other: '其他名单',
};

export interface NoticeWarning {
  code: string;
  message: string;
  [detail: string]: unknown;
}

export interface Notice {
  id: number;
  file: string;
  sha256: string;
  title: string | null;
  issuer: string | null;
  docNo: string | null;
  issuedOn: string | null;
  kind: string | null;
  warnings: NoticeWarning[];
  importedAt: string;
}

export interface Mention {
  noticeId: number;
  file: string;
  seq: number | null;
  start: number;
  end: number;
}

export interface LedgerRecord {
  id: number;
  kind: RecordKind;
  programme: string | null;
  year: number | null;
  batch: string | null;
  seq: number | null;
  regionText: string | null;
  regionCode: string | null;
  unitCode: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  town: string | null;
  unit: string | null;
  title: string | null;
  content: string | null;
  status: string | null;
  mentions: Mention[];
}

export const MILESTONE_KINDS = [
  'application_due',
  'approval',
  'annual_plan',
  'annual_summary',
  'midterm',
  'final_report',
  'acceptance',
  'extension',
  'objection_window',
  'other',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export type MilestoneStatus = 'pending' | 'done' | 'overdue' | 'waived';

export interface Milestone {
  id: number;
  recordId: number | null;
  noticeId: number | null;
  kind: MilestoneKind;
  dueOn: string;
  endOn?: string;
  status: MilestoneStatus;
  rule: { noticeId: number | null; text: string };
}

export type RegionLevel = 'province' | 'city' | 'county' | 'town' | 'village';

export interface RegionNames {
  province: string | null;
  city: string | null;
  county: string | null;
  town: string | null;
  village: string | null;
}

export interface Resolution {
  text: string;
  code: string | null;
  level: RegionLevel | null;
  names: RegionNames;
  asOf: string | null;
  current: { code: string; names: RegionNames } | null;
  candidates: { code: string; names: RegionNames; score: number }[];
  note: string;
}

/** What an undo or redo did, for the status line. */
export interface UndoOutcome {
  opId: number;
  kind: string;
  summary: string;
}

/** One line of a record's history: when, what, from which notice or by hand. */
export interface HistoryEntry {
  opId: number;
  kind: string;
  summary: string;
  at: string;
  actor: string;
  noticeId: number | null;
  undone: boolean;
  field: string | null;
  before: unknown;
  after: unknown;
}

/** An autocomplete entry for region cells (by name, pinyin or initials). */
export interface RegionSuggestion {
  code: string;
  name: string;
  fullName: string;
  level: RegionLevel;
  names: RegionNames;
  pinyin: string;
  historical: boolean;
  score: number;
}

/** A page of rows for the grids: rows come from SQLite page by page, never a whole table. */
export interface Page<T> {
  rows: T[];
  total: number;
  offset: number;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  ledgerFile: string;
  door: 'desktop' | 'browser' | 'cli';
}

export interface LedgerCounts {
  notices: number;
  byKind: Record<RecordKind, number>;
}
