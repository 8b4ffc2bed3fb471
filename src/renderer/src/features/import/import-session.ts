/**
 * One import session: the files chosen, each one's preview (a dry run of the real import)
 * and the corrections made to it before committing. Pure state helpers, no React.
 */
import type {
  ImportOutcome,
  JoinChoice,
  NoticeChanges,
  RecordEdit,
} from '../../../../shared/contract';
import type { LedgerRecord, Notice } from '../../../../shared/domain';
import type { ChosenJoin } from './JoinChoice';

export type FileStage =
  'waiting' | 'analysing' | 'preview' | 'committing' | 'committed' | 'already' | 'failed';

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
});

/** Picks this file's part out of an import outcome. */
export function fileResult(
  o: ImportOutcome,
  name: string,
): Pick<SessionFile, 'stage' | 'notice' | 'records' | 'slots' | 'changes' | 'error'> {
  const failure = o.failures.find((f) => f.file === name);
  if (failure)
    return {
      stage: 'failed',
      notice: null,
      records: [],
      slots: [],
      changes: null,
      error: failure.message,
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
  };
}

export const editsOf = (f: SessionFile): RecordEdit[] => Object.values(f.edits);

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
