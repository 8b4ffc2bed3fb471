/**
 * One import session: the files chosen, each one's preview (a dry run of the real import)
 * and the corrections made to it before committing. Pure state helpers, no React.
 */
import type { ImportOutcome, RecordEdit } from '../../../../shared/contract';
import type { LedgerRecord, Notice } from '../../../../shared/domain';

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
  error: string | null;
  edits: Record<number, RecordEdit>;
  exclude: Set<number>;
}

export const newSessionFile = (file: File, i: number): SessionFile => ({
  key: `${Date.now()}-${i}-${file.name}`,
  name: file.name,
  size: file.size,
  dataBase64: null,
  stage: 'waiting',
  notice: null,
  records: [],
  error: null,
  edits: {},
  exclude: new Set(),
});

/** Picks this file's part out of an import outcome. */
export function fileResult(
  o: ImportOutcome,
  name: string,
): Pick<SessionFile, 'stage' | 'notice' | 'records' | 'error'> {
  const failure = o.failures.find((f) => f.file === name);
  if (failure) return { stage: 'failed', notice: null, records: [], error: failure.message };
  const result = o.files.find((f) => f.file === name);
  const notice = o.notices.find((n) => n.id === result?.noticeId) ?? null;
  const byId = new Map(o.records.map((r) => [r.id, r]));
  const records = (result?.recordIds ?? [])
    .map((id) => byId.get(id))
    .filter((r): r is LedgerRecord => !!r);
  return {
    stage: result?.status === 'already_imported' ? 'already' : 'preview',
    notice,
    records,
    error: null,
  };
}

export const editsOf = (f: SessionFile): RecordEdit[] => Object.values(f.edits);

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
