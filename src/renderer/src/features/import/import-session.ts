/**
 * One import session: the files chosen, each one's preview (a dry run of the real import)
 * and the corrections made to it before committing. Pure state helpers, no React.
 */
import type {
  AddedRecord,
  ImportFilePayload,
  ImportOutcome,
  JoinChoice,
  NoticeChanges,
  RecordEdit,
  RegionQuery,
} from '../../../../shared/contract';
import type { LedgerRecord, Notice, RecordKind } from '../../../../shared/domain';
import type { ChosenJoin } from './JoinChoice';
import { addedRowLengthProblem } from './preview-limits';
import { addedNameProblem } from '../../../../shared/added-name';

/** `undone`: committed, then taken back by 撤销 (重做 makes it `committed` again). */
export type FileStage =
  | 'waiting'
  | 'analysing'
  | 'preview'
  | 'committing'
  | 'committed'
  | 'undone'
  | 'already'
  | 'failed';

export interface SessionFile {
  key: string;
  name: string;
  size: number;
  dataBase64: string | null;
  stage: FileStage;
  notice: Notice | null;
  records: LedgerRecord[];
  /** Each shown record's index among the notice's items (what edits and exclusions name). */
  slots: number[];
  /** What the notice changes in the ledger (new, joined, events, milestones). */
  changes: NoticeChanges | null;
  error: string | null;
  edits: Record<number, RecordEdit>;
  exclude: Set<number>;
  /** The reviewer's re-pointed or detached joins, by item index. */
  joins: Record<number, ChosenJoin>;
  /** Rows the parser missed, added by hand: committed after the extracted ones. */
  added: AddedRow[];
  /** How the import resolves an added row's region (the notice's place and date). */
  addedRowRegion: RegionQuery | null;
  /** How the import resolves each extracted item's retyped region, by edit index. */
  recordRegions: RegionQuery[];
  /**
   * Why a later notice's preview is not the one its commit will store (the session's
   * confirmations could not be written first): said on the page, never left silent.
   */
  joinedNote: string | null;
  /**
   * An earlier batch's committed notice, shown by its header and counts only: the next batch's
   * previews then come right under it, not below every row of what is already in the ledger.
   */
  folded?: boolean;
}

/** A row added by hand in the preview, as typed (the year still text). */
export interface AddedRow {
  key: number;
  kind: RecordKind;
  title: string;
  unit: string;
  regionText: string;
  programme: string;
  year: string;
  batch: string;
}

export const newSessionFile = (file: File, i: number): SessionFile => ({
  key: `${Date.now()}-${i}-${file.name}`,
  name: file.name,
  size: file.size,
  dataBase64: null,
  stage: 'waiting',
  notice: null,
  records: [],
  slots: [],
  changes: null,
  error: null,
  edits: {},
  exclude: new Set(),
  joins: {},
  added: [],
  addedRowRegion: null,
  recordRegions: [],
  joinedNote: null,
});

/** Picks this file's part out of an import outcome. */
export function fileResult(
  o: ImportOutcome,
  name: string,
): Pick<
  SessionFile,
  | 'stage'
  | 'notice'
  | 'records'
  | 'slots'
  | 'changes'
  | 'error'
  | 'addedRowRegion'
  | 'recordRegions'
> {
  const failure = o.failures.find((f) => f.file === name);
  if (failure)
    return {
      stage: 'failed',
      notice: null,
      records: [],
      slots: [],
      changes: null,
      error: failure.message,
      addedRowRegion: null,
      recordRegions: [],
    };
  const result = o.files.find((f) => f.file === name);
  const notice = o.notices.find((n) => n.id === result?.noticeId) ?? null;
  const byId = new Map(o.records.map((r) => [r.id, r]));
  // An item the notice names but the ledger will not hold (a passing place) has no record.
  const shown = (result?.recordIds ?? [])
    .map((id, slot) => ({ r: byId.get(id), slot }))
    .filter((x): x is { r: LedgerRecord; slot: number } => !!x.r);
  return {
    stage: result?.status === 'already_imported' ? 'already' : 'preview',
    notice,
    records: shown.map((x) => x.r),
    slots: shown.map((x) => x.slot),
    changes: result?.changes ?? null,
    error: null,
    addedRowRegion: result?.addedRowRegion ?? null,
    recordRegions: result?.recordRegions ?? [],
  };
}

export const editsOf = (f: SessionFile): RecordEdit[] => Object.values(f.edits);

/** A file as the import call takes it, with the corrections made in its preview. */
export function importPayload(f: SessionFile): ImportFilePayload {
  return {
    name: f.name,
    dataBase64: f.dataBase64!,
    edits: editsOf(f),
    exclude: [...f.exclude],
    joins: joinsOf(f),
    added: addedOf(f),
  };
}

export const joinsOf = (f: SessionFile): JoinChoice[] =>
  Object.entries(f.joins).map(([index, c]) => ({ index: Number(index), recordId: c.recordId }));

export function withJoin(
  f: SessionFile,
  index: number,
  choice: ChosenJoin | undefined,
): SessionFile {
  const joins = { ...f.joins };
  if (choice) joins[index] = choice;
  else delete joins[index];
  return { ...f, joins };
}

let addedKeys = 0;

/** A new empty row added by hand, of the kind most of the notice's rows have. */
export function withAddedRow(f: SessionFile): SessionFile {
  const kind = f.records[0]?.kind ?? 'zone';
  const row: AddedRow = {
    key: ++addedKeys,
    kind,
    title: '',
    unit: '',
    regionText: '',
    programme: '',
    year: '',
    batch: '',
  };
  return { ...f, added: [...f.added, row] };
}

export function withAddedChange(
  f: SessionFile,
  key: number,
  patch: Partial<AddedRow>,
): SessionFile {
  return { ...f, added: f.added.map((r) => (r.key === key ? { ...r, ...patch } : r)) };
}

export const withoutAdded = (f: SessionFile, key: number): SessionFile => ({
  ...f,
  added: f.added.filter((r) => r.key !== key),
});

/** A year as typed: four digits, or nothing (the notice's year is taken). */
export const addedYear = (text: string): number | null =>
  /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;

/** What the import needs of a row: blank fields left out (the notice's values apply). */
export const addedOf = (f: SessionFile): AddedRecord[] =>
  f.added.map((r) => ({
    kind: r.kind,
    title: r.title.trim(),
    ...(r.unit.trim() ? { unit: r.unit.trim() } : {}),
    ...(r.regionText.trim() ? { regionText: r.regionText.trim() } : {}),
    ...(r.programme.trim() ? { programme: r.programme.trim() } : {}),
    ...(addedYear(r.year) !== null ? { year: addedYear(r.year) } : {}),
    ...(r.batch.trim() ? { batch: r.batch.trim() } : {}),
  }));

/**
 * A row added by hand that cannot be committed yet: nothing that names it (a case's 名称, another
 * kind's 名称 or 地区: shared/added-name.ts), a year that is not one, or a text past its limit
 * (preview-limits.ts).
 */
export const addedRowProblem = (r: AddedRow): string | null => {
  const unnamed = addedNameProblem(r.kind, r.title, r.regionText);
  if (unnamed) return unnamed;
  if (r.year.trim() !== '' && addedYear(r.year) === null) return '年度应为四位数字，如 2024';
  return addedRowLengthProblem(r);
};

/**
 * What the rows left out take from the dry run's counts: the dry run was made before they
 * were unticked, so the summary line subtracts them (a new record, or a joined one).
 */
export function leftOutCounts(f: SessionFile): { created: number; joined: number } {
  let created = 0;
  let joined = 0;
  f.records.forEach((r, row) => {
    const i = f.slots[row] ?? row;
    if (!f.exclude.has(i) || !f.changes) return;
    if (f.changes.joined.some((j) => j.index === i)) joined++;
    else if (f.changes.created.includes(r.id)) created++;
  });
  return { created, joined };
}

export function withEdit(
  f: SessionFile,
  index: number,
  patch: Omit<RecordEdit, 'index'>,
): SessionFile {
  const prev = f.edits[index] ?? { index };
  return { ...f, edits: { ...f.edits, [index]: { ...prev, ...patch } } };
}

export function toggleExcluded(f: SessionFile, index: number): SessionFile {
  const exclude = new Set(f.exclude);
  if (exclude.has(index)) exclude.delete(index);
  else exclude.add(index);
  return { ...f, exclude };
}
