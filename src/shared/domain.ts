/**
 * Domain shapes as they leave the backend (see docs: CLI and JSON contract).
 * Plain data only: no Node, no DOM, so both sides can import them.
 */
import type { WarningCheck } from './warning-checks';

export const RECORD_KINDS = ['zone', 'case', 'observation', 'other'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  zone: '实验区',
  case: '典型案例',
  observation: '观察点',
  other: '其他名单',
};

export type { NoticeWarning } from './notice-warnings';
import type { NoticeWarning } from './notice-warnings';
import type { NoticeRole } from './notice-roles';

export interface Notice {
  id: number;
  file: string;
  sha256: string;
  title: string | null;
  issuer: string | null;
  docNo: string | null;
  issuedOn: string | null;
  kind: string | null;
  /** What the notice does to its programme's records (see notice-roles.ts); null: not read. */
  role: NoticeRole | null;
  batch: string | null;
  /** The text gives no date; only the file does (shown as uncertain, never the issue date). */
  dateFromFile: boolean;
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
  're_acceptance',
  'other',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export type MilestoneStatus = 'pending' | 'done' | 'overdue' | 'waived';

/**
 * Dates a notice states that are no one's duty: a 公示 window (and the objections the public
 * may raise within it) just runs out. Listed for information, never 待办 or 逾期: a window
 * past its end is over (done), and none is counted among the outstanding deadlines.
 */
export const INFORMATIONAL_KINDS: ReadonlySet<string> = new Set<MilestoneKind>([
  'objection_window',
]);

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  application_due: '申报截止',
  approval: '批复确认',
  annual_plan: '年度实验计划',
  annual_summary: '年度实验总结',
  midterm: '中期评估',
  final_report: '终期报告',
  acceptance: '结项验收',
  extension: '延期',
  objection_window: '公示期',
  re_acceptance: '整改后重新验收',
  other: '其他',
};

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  pending: '待办',
  done: '已完成',
  waived: '已免除',
  overdue: '已逾期',
};

export interface Milestone {
  id: number;
  recordId: number | null;
  noticeId: number | null;
  kind: MilestoneKind;
  dueOn: string;
  endOn?: string;
  status: MilestoneStatus;
  rule: { noticeId: number | null; text: string };
  /**
   * Overdue long before the ledger learned of it (core/schedule/history.ts): history, kept
   * out of what is overdue, as the deadlines page lists it apart.
   */
  historical?: boolean;
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

/** One line of a record's history: when, who, what — as a sentence people read. */
export interface HistoryEntry {
  opId: number;
  kind: string;
  /** The kind in Chinese (导入, 修改, 合并…). */
  kindLabel: string;
  /** The whole operation's summary. */
  summary: string;
  /** What it did to this record: "名称／主题由「A」改为「B」", "并入石家庄市长安区《…》"… */
  sentence: string;
  at: string;
  actor: string;
  /** 手工, 导入 or 自动. */
  actorLabel: string;
  noticeId: number | null;
  /** That notice's name (notice-name.ts: untitled, not by its file): where a change came from. */
  noticeTitle: string | null;
  undone: boolean;
  /** The table changed (records, milestones, mentions…): a duty's status is no record's. */
  table: string;
  /** For a change of one column: the column and its values (scalars only). */
  field: string | null;
  before: string | number | null;
  after: string | number | null;
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

/** A backup of the ledger, as the backup screen lists it. */
export interface BackupEntry {
  name: string;
  at: string;
  reason: string;
  size: number;
}

/** What a ledger file holds: the preview before restoring or importing it. */
export interface LedgerSummary {
  schemaVersion: number;
  notices: number;
  records: number;
  lastImport: string | null;
}

// ---- Curation grids (issue #6): query, facets, edits, panels, views, home ----

/** A grid row: a record plus what the grid shows beside its fields. */
export interface GridRecord extends LedgerRecord {
  createdAt: string;
  updatedAt: string;
  /** Its notice raised a warning about it (by 序号) or extraction flagged it. */
  hasWarnings: boolean;
  /** It is in a dedupe decision or a related link, or appears in more than one notice. */
  hasDuplicates: boolean;
  /** With no status written: the status read from its milestones, as the export writes it. */
  derivedStatus?: string;
}

/** Record fields a grid may filter on or a person may edit: see record-fields.ts. */
export {
  EDITABLE_RECORD_FIELDS,
  FILTERABLE_RECORD_FIELDS,
  type EditableRecordField,
} from './record-fields';
import type { EditableRecordField, RecordFieldName } from './record-fields';
export type FilterableRecordField = Exclude<RecordFieldName, 'updatedAt'>;

export const FILTER_OPS = [
  'contains',
  'notContains',
  'equals',
  'notEqual',
  'startsWith',
  'endsWith',
  'blank',
  'notBlank',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'inRange',
] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

export interface FilterCondition {
  op: FilterOp;
  value?: string | number | null;
  valueTo?: number | null;
}

/** One column's filter: conditions joined by AND or OR (as AG Grid's filter model). */
export interface ColumnFilter {
  field: FilterableRecordField;
  join: 'AND' | 'OR';
  conditions: FilterCondition[];
}

/** Facet selections: a record matches when each set facet contains its value (null = 空). */
export interface FacetSelection {
  province?: (string | null)[];
  city?: (string | null)[];
  programme?: (string | null)[];
  year?: (number | null)[];
  batch?: (string | null)[];
  status?: (string | null)[];
  hasWarnings?: boolean;
  hasDuplicates?: boolean;
  /** Records any of these notices names (新增 N after an import opens the grid on them). */
  notices?: number[];
  /**
   * Of those, only the records a notice created (新增) or only those it joined, held before
   * it (关联): the clerk tells the import's new records from the ones it named again.
   */
  importedAs?: ImportedAs;
}

export const IMPORTED_AS = ['created', 'joined'] as const;
export type ImportedAs = (typeof IMPORTED_AS)[number];

export const FACET_FIELDS = ['province', 'city', 'programme', 'year', 'batch', 'status'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export interface FacetCounts {
  total: number;
  values: Record<FacetField, { value: string | number | null; count: number }[]>;
  hasWarnings: number;
  hasDuplicates: number;
}

/** How the history names a grid change: a cell edit, a bulk edit, a paste, a fill down, a clear. */
export const EDIT_ACTIONS = [
  'edit',
  'bulk_edit',
  'paste',
  'fill',
  'clear',
  'rename_value',
] as const;
export type EditAction = (typeof EDIT_ACTIONS)[number];

export interface CellEdit {
  id: number;
  field: EditableRecordField;
  value: string | number | null;
}

/** What one user action wrote: one operation in the log, undone as a whole. */
export interface EditOutcome {
  opId: number | null;
  summary: string;
  changed: number;
  records: GridRecord[];
  /** Things a person should know (a region that could not be resolved, …). */
  notes: string[];
}

export interface PanelMention {
  /** The mention itself: what 拆出为新记录 and 改关联 act on. */
  mentionId: number;
  noticeId: number;
  /** The notice's name (notice-name.ts: untitled, not by its file). */
  noticeTitle: string | null;
  file: string;
  docNo: string | null;
  seq: number | null;
  start: number;
  end: number;
  /** Source text around the span: before, the span itself, after (empty when added by hand). */
  before: string;
  text: string;
  after: string;
  /** Added by the reviewer in this notice's import preview: no sentence of it names the record. */
  addedByHand: boolean;
  /** Why this source cannot be split off the record (拆出为新记录); null when it can. */
  splitBlocker: string | null;
}

/** What 拆出为新记录 or 改关联 did: the record the source left and the one it is on now. */
export interface MentionSplitOutcome {
  opId: number;
  fromId: number;
  intoId: number;
  /** A new record was made for it (拆出为新记录), not one already held (改关联). */
  created: boolean;
  summary: string;
}

export interface PanelLink {
  recordId: number;
  kind: RecordKind;
  title: string | null;
  regionText: string | null;
  /** Its place as a line names it: a county with its city (and province), shared/place-name.ts. */
  place: string | null;
  relation: string;
  relationLabel: string;
  score: number | null;
  source: string;
}

/** A merge this record survived, still in effect: 拆分 takes it apart. */
export interface PanelMerge {
  opId: number;
  at: string;
  merged: { id: number; title: string | null; place: string | null }[];
}

/**
 * Where one of a record's values came from: a notice's sentence (mentionId, with its notice
 * and 序号) and the operation that set it (an import, an edit by hand, a merge's choice),
 * when and by whom. A value nobody traced has no entry.
 */
export interface FieldSource {
  field: RecordFieldName;
  mentionId: number | null;
  noticeId: number | null;
  /** The notice's name (notice-name.ts: untitled, not by its file). */
  noticeTitle: string | null;
  docNo: string | null;
  seq: number | null;
  opId: number | null;
  opKind: string | null;
  /** 导入, 修改, 合并… */
  opLabel: string | null;
  /** 手工, 导入 or 自动. */
  actorLabel: string | null;
  at: string | null;
}

export interface RecordPanelData {
  record: GridRecord;
  mentions: PanelMention[];
  /** Each traced field's source (the panel's 来历). */
  sources: FieldSource[];
  links: PanelLink[];
  merges: PanelMerge[];
  /** The warnings below that were marked 已核对. */
  checks: WarningCheck[];
  warnings: (NoticeWarning & { noticeId: number })[];
}

export interface NoticeOverview extends Notice {
  programme: string | null;
  records: number;
  withdrawn: boolean;
  /** An untitled notice's first line of text (notice-name.ts); null when it has a title. */
  firstLine: string | null;
}

export interface NoticeSpan {
  recordId: number;
  kind: RecordKind;
  title: string | null;
  /** The place as the notice wrote it: what names a record with no title (span-hint.ts). */
  regionText: string | null;
  seq: number | null;
  start: number;
  end: number;
  live: boolean;
}

export interface NoticeDetail {
  notice: NoticeOverview;
  rawText: string;
  spans: NoticeSpan[];
  /** Its warnings marked 已核对. */
  checks: WarningCheck[];
}

export interface HomeSummary {
  notices: number;
  byKind: Record<RecordKind, number>;
  byProvince: { province: string | null; count: number }[];
  byProgramme: { programme: string | null; count: number }[];
  /** Records per province and programme (and the kind they are), for the home table. */
  byProvinceProgramme: {
    province: string | null;
    programme: string | null;
    kind: RecordKind;
    count: number;
  }[];
  /** Records per status (实验中, 已验收, 已撤销 …) and kind. */
  byStatus: { status: string | null; kind: RecordKind; count: number }[];
  warnings: {
    noticeId: number;
    title: string | null;
    file: string;
    /** What the notices list calls it (notice-name.ts): an untitled one not by its file. */
    name: string;
    count: number;
    codes: string[];
  }[];
  recentImports: {
    opId: number;
    summary: string;
    at: string;
    undone: boolean;
    noticeId: number | null;
  }[];
}

/** A grid's column layout: order, widths, hidden. */
export interface ColumnLayout {
  colId: string;
  width?: number;
  hide?: boolean;
}

/** A named view: filter + sort + columns, kept in the ledger so it follows the file. */
export interface SavedView {
  name: string;
  search: string;
  facets: FacetSelection;
  filterModel: Record<string, unknown>;
  sort: { colId: string; dir: 'asc' | 'desc' }[];
  columns: ColumnLayout[];
}

export interface GridSettings {
  layout: ColumnLayout[] | null;
  views: SavedView[];
}
