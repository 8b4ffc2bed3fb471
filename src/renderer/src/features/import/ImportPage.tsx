/**
 * Import: choose or drop files → each is analysed by a dry run of the real import (what
 * you see is exactly what would be stored) → correct or leave out records → commit.
 * A click's files go in as few calls as the transports take (commit-calls.ts), written several
 * to a commit, each file in a savepoint of its own; progress is shown for large batches.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { setLeaveGuard, syncUnloadGuard } from '../../components/leave-guard';
import { api } from '../../api';
import { announce, onLedgerChange } from '../../components/undo-bus';
import { subscribe } from '../../components/use-progress';
import type { ImportOutcome } from '../../../../shared/method-results';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { DropZone } from './DropZone';
import { FilePreview } from './FilePreview';
import {
  type SessionFile,
  addedRowProblem,
  editsOf,
  fileResult,
  importPayload,
  joinsOf,
  newSessionFile,
} from './import-session';
import { withBatch } from './next-batch';
import { CommitButton } from './CommitButton';
import { alongsideOf } from './alongside';
import { commitOrder } from './commit-order';
import { commitCalls, outcomeOfFile } from './commit-calls';
import {
  type JoinedRedo,
  joinedNoteFor,
  redoAfterAnalysis,
  redoAfterRemoval,
} from './joined-preview';
import { CommitSummary } from './NoticeChangesSummary';
import { refusedBySize } from '../../../../shared/import-limits';
import { fileToBase64, unreadable } from './read-file';
import { FailedFilesNote } from './FailedFilesNote';
import { hasImported, withLedgerPresence } from './ledger-presence';
import { editsTooLong } from './preview-limits';
import { type PageProgress, pageProgressTeller } from '../../components/page-progress';
import { ImportProgress } from './ImportProgress';
import { useNextStepFocus } from './next-step-focus';
import { lastCommitted } from './last-commit';

type Progress = PageProgress;

/** The undo step a click's next file joins: the one its files so far were written in. */
const stepAfter = (asked: number | 'new' | undefined, got: ImportOutcome) => got.step ?? asked;

export function ImportPage() {
  const [files, setFiles] = useState<SessionFile[]>([]);
  const [progress, setShown] = useState<Progress | null>(null);
  // The batch's progress, shown here and told at the foot in the same words (page-progress.ts).
  const progressRef = useRef<Progress | null>(null);
  const [tell] = useState(() => pageProgressTeller('import/files'));
  const setProgress = useCallback(
    (next: Progress | null | ((was: Progress | null) => Progress | null)) => {
      const p = typeof next === 'function' ? next(progressRef.current) : next;
      progressRef.current = p;
      setShown(p);
      tell(p);
    },
    [tell],
  );
  const filesRef = useRef(files);
  filesRef.current = files;
  // Leaving with notices analysed but not imported would drop their previews and the
  // corrections made in them: the shell asks first.
  useEffect(() => {
    setLeaveGuard(() => {
      const pending = filesRef.current.filter((f) =>
        ['waiting', 'analysing', 'preview'].includes(f.stage),
      ).length;
      return pending > 0
        ? {
            title: '离开导入页？',
            message: `还有 ${pending} 份通知已选择但尚未确认导入。离开本页后，它们的预览和在预览中所做的修改不会保留（文件本身不受影响，可以重新选择）。`,
          }
        : null;
    });
    return () => setLeaveGuard(null);
  }, []);
  // Closing or reloading the window asks too, while something waits (and only then).
  useEffect(() => syncUnloadGuard(), [files]);

  const update = useCallback((key: string, patch: Partial<SessionFile>) => {
    setFiles((all) => all.map((f) => (f.key === key ? { ...f, ...patch } : f)));
  }, []);

  /**
   * Later notices' previews analysed again with `first` written first (joined-preview.ts);
   * one that cannot be says why on its preview instead of keeping an answer the commit
   * will not give.
   */
  const rejoin = useCallback(
    async (redo: readonly JoinedRedo<SessionFile>[], session: readonly SessionFile[]) => {
      for (const [i, { file: f, first }] of redo.entries()) {
        const tooMany = joinedNoteFor(first.length);
        if (tooMany) {
          update(f.key, { joinedNote: tooMany });
          continue;
        }
        setProgress({ verb: '正在重新分析', done: i, total: redo.length, current: f.name });
        const r = await api.call('import/files', {
          files: [
            { name: f.name, dataBase64: f.dataBase64!, edits: editsOf(f), joins: joinsOf(f) },
          ],
          dryRun: true,
          alongside: alongsideOf(session, f.key),
          ...(first.length > 0 ? { before: first.map(importPayload) } : {}),
        });
        update(
          f.key,
          r.ok
            ? { ...fileResult(r.value, f.name), joinedNote: null }
            : { joinedNote: joinedNoteFor(first.length, r.error.message) },
        );
      }
    },
    [update, setProgress],
  );

  const analyse = useCallback(
    async (batch: SessionFile[]) => {
      // What this batch's analysis gave each file, read below before React re-renders.
      const got = new Map<string, Partial<SessionFile>>();
      const note = (key: string, patch: Partial<SessionFile>) => {
        got.set(key, { ...got.get(key), ...patch });
        update(key, patch);
      };
      try {
        for (const [i, f] of batch.entries()) {
          setProgress({ verb: '正在分析', done: i, total: batch.length, current: f.name });
          const refused = refusedBySize(f.name, f.size);
          if (refused) {
            note(f.key, { stage: 'failed', error: `${f.name}：${refused}` });
            continue;
          }
          update(f.key, { stage: 'analysing' });
          // A file that cannot be read (moved, deleted, held by another program) fails alone
          // with words saying so; the batch's other files are analysed.
          const dataBase64 = await readOrNull(f);
          if (dataBase64 === null) {
            note(f.key, { stage: 'failed', error: unreadable(f.name) });
            continue;
          }
          const r = await api.call('import/files', {
            files: [{ name: f.name, dataBase64, edits: editsOf(f), joins: joinsOf(f) }],
            dryRun: true,
            alongside: alongsideOf(filesRef.current, f.key),
          });
          note(
            f.key,
            r.ok
              ? { dataBase64, ...fileResult(r.value, f.name) }
              : { stage: 'failed', error: r.error.message },
          );
        }
        // A news item or report analysed before the confirmation it names is analysed again
        // with the session's confirmations written first: its preview then joins their
        // records, as the commit (confirmations first, commit-order.ts) will.
        const session = filesRef.current.map((f) => ({ ...f, ...got.get(f.key) }));
        await rejoin(redoAfterAnalysis(session, new Set(got.keys())), session);
      } finally {
        // Whatever went wrong, 正在分析 never stays on screen holding the page's buttons.
        setProgress(null);
      }
    },
    [update, rejoin, setProgress],
  );

  // Browser File objects are kept aside until read; the session only holds base64.
  const pending = useRef(new Map<string, File>());
  const readOrNull = async (f: SessionFile): Promise<string | null> => {
    if (f.dataBase64) return f.dataBase64;
    const file = pending.current.get(f.key);
    if (!file) return null;
    try {
      return await fileToBase64(file);
    } catch (e) {
      // The browser's words (NotReadableError…) stay in the console, for a technician.
      console.error(`读取 ${f.name} 失败`, e);
      return null;
    }
  };

  // The first file of a batch chosen after others: brought into view once it is shown.
  const showFirst = useRef<string | null>(null);
  useEffect(() => {
    const key = showFirst.current;
    if (!key) return;
    showFirst.current = null;
    document
      .querySelector(`[data-session-key="${CSS.escape(key)}"]`)
      ?.scrollIntoView({ block: 'start' });
  }, [files]);

  const onFiles = (chosen: File[]) => {
    const batch = chosen.map((file, i) => {
      const s = newSessionFile(file, i);
      pending.current.set(s.key, file);
      return s;
    });
    if (filesRef.current.length > 0 && batch[0]) showFirst.current = batch[0].key;
    setFiles((all) => withBatch(all, batch));
    void analyse(batch);
  };

  const remove = async (removed: SessionFile) => {
    const before = filesRef.current;
    const session = before.filter((x) => x.key !== removed.key);
    setFiles(session);
    // The records a removed confirmation would create are no longer there to join.
    const redo = redoAfterRemoval(before, removed);
    if (redo.length === 0) return;
    try {
      await rejoin(redo, session);
    } finally {
      setProgress(null);
    }
  };

  // 导入完成 tells what the last commit did; once the ledger changes after it (撤销, 重做, an
  // edit) it no longer does, and yields to that change, as the foot's status line does.
  const [summaryStale, setSummaryStale] = useState(false);
  useEffect(
    () =>
      onLedgerChange((c) => {
        if (c.dataChanged) setSummaryStale(true);
      }),
    [],
  );

  // After 撤销 or 重做 (here, in the foot, or on 操作记录) each imported file's card says
  // whether its notice is in the ledger now: a card still saying 已导入 after its import was
  // taken back told the clerk the records were there.
  useEffect(
    () =>
      onLedgerChange((c) => {
        if (!c.dataChanged || !hasImported(filesRef.current)) return;
        void api.call('notices/list', {}).then((r) => {
          if (!r.ok) return;
          const held = new Set(r.value.map((n) => n.sha256));
          setFiles((all) => withLedgerPresence(all, held));
        });
      }),
    [],
  );

  const focusNextStep = useNextStepFocus();
  const [lastClick, setLastClick] = useState<ReadonlySet<string>>(() => new Set());
  const commitAll = async () => {
    setSummaryStale(false);
    let stored = 0;
    // Confirmations before the news and reports naming their records (commit-order.ts).
    const ready = commitOrder(
      filesRef.current.filter((f) => f.stage === 'preview' && f.dataBase64),
    );
    setLastClick(new Set(ready.map((f) => f.key)));
    // One click is one undo step, whatever number of files (and calls) it takes.
    let step: number | 'new' | undefined = ready.length > 1 ? 'new' : undefined;
    let sent = 0;
    // The backend reports each file of a call as it is stored: the bar counts the click's.
    const unheard = subscribe((p) => {
      if (p.method !== 'import/files' || p.work || p.done >= p.total) return;
      const current = p.item ?? '';
      // a late report of the call before never counts past the click's files
      setProgress(
        (was) => was && { ...was, done: Math.min(sent + p.done, was.total - 1), current },
      );
    });
    try {
      for (const call of commitCalls(ready)) {
        setProgress({ verb: '正在导入', done: sent, total: ready.length, current: call[0]!.name });
        for (const f of call) update(f.key, { stage: 'committing' });
        const r = await api.call('import/files', {
          files: call.map(importPayload),
          dryRun: false,
          step,
        });
        if (r.ok) step = stepAfter(step, r.value);
        for (const [i, f] of call.entries()) {
          if (!r.ok) {
            update(f.key, { stage: 'failed', error: r.error.message });
            continue;
          }
          const own = outcomeOfFile(r.value, i);
          stored += own.files.filter((x) => x.status === 'imported').length;
          const res = fileResult(own, f.name);
          // The rows added by hand are in the ledger now: shown among the committed records.
          update(f.key, {
            ...res,
            stage: res.stage === 'preview' ? 'committed' : res.stage,
            added: [],
          });
        }
        sent += call.length;
      }
    } finally {
      unheard();
      setProgress(null);
      focusNextStep();
    }
    // Said in the foot too, where the next step's words (已撤销：…) take its place.
    if (stored > 0)
      announce({
        message: `导入完成：${stored} 份通知写入台账`,
        tone: 'info',
        dataChanged: false,
        outcomeOf: 'import/files',
      });
  };

  const waiting = files.filter((f) => f.stage === 'preview');
  const committedFiles = lastCommitted(files, lastClick).filter((f) => f.changes);
  const committed = committedFiles.map((f) => f.changes!);
  const committedKinds = committedFiles.flatMap((f) => f.records.map((r) => r.kind));
  const unfinished = waiting.some(
    (f) => f.added.some((r) => addedRowProblem(r) !== null) || editsTooLong(f),
  );
  const edited = waiting.some(
    (f) => Object.keys(f.edits).length > 0 || Object.keys(f.joins).length > 0,
  );
  return (
    <>
      <PageHeader
        title="导入"
        subtitle="支持 .txt（任意常见编码）、.docx/.doc/.rtf/.odt、.html/.mht、.xlsx/.xls/.ods/.csv、带文字层的 .pdf/.ofd（含 WPS 的 .wps/.et）"
      >
        {edited && (
          <button
            type="button"
            className="button"
            disabled={!!progress}
            onClick={() => void analyse(waiting)}
          >
            按更正重新分析
          </button>
        )}
        {waiting.length > 0 && (
          <CommitButton
            waiting={waiting.length}
            progress={progress}
            unfinished={unfinished}
            onCommit={() => void commitAll()}
          />
        )}
      </PageHeader>
      <DropZone onFiles={onFiles} disabled={!!progress} />
      {committed.length > 0 && !progress && !summaryStale && (
        <CommitSummary
          changes={committed}
          kinds={committedKinds}
          notices={committedFiles.flatMap((f) => (f.notice ? [f.notice.id] : []))}
        />
      )}
      {!progress && (
        <FailedFilesNote names={files.filter((f) => f.stage === 'failed').map((f) => f.name)} />
      )}
      {progress && <ImportProgress progress={progress} />}
      {files.length === 0 ? (
        <EmptyState title="还没有选择文件">
          <p>
            导入前会先预览提取出的记录和提示，可以更正地区、名称、序号和类别，或去掉不需要的条目，确认后才写入台账；同一文件不会重复导入。
          </p>
        </EmptyState>
      ) : (
        <div className="file-list">
          {files.map((f) => (
            <FilePreview
              key={f.key}
              file={f}
              onChange={(next) => setFiles((all) => all.map((x) => (x.key === f.key ? next : x)))}
              onRemove={() => void remove(f)}
            />
          ))}
          {waiting.length > 0 && !progress && (
            <div className="commit-foot">
              <CommitButton
                atFoot
                waiting={waiting.length}
                progress={null}
                unfinished={unfinished}
                onCommit={() => void commitAll()}
              />
            </div>
          )}
        </div>
      )}
    </>
  );
}
