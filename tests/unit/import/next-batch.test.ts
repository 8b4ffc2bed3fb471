/**
 * A batch chosen after an earlier one was imported (withBatch, import-session.ts): the notices
 * already in the ledger fold to their header and counts, so the new files' previews are what
 * shows. Controls: a notice still awaiting commit, a failed file and one already imported
 * before stay as they were; the new files come last, in the order chosen.
 */
import { describe, expect, it } from 'vitest';
import {
  newSessionFile,
  withBatch,
  type FileStage,
  type SessionFile,
} from '../../../src/renderer/src/features/import/import-session';

const at = (name: string, stage: FileStage): SessionFile => ({
  ...newSessionFile(new File(['x'], name), 0),
  stage,
});

describe('withBatch', () => {
  it('folds the committed notices and leaves every other file as it was', () => {
    const done = at('批复.pdf', 'committed');
    const waiting = at('名单.docx', 'preview');
    const failed = at('扫描件.png', 'failed');
    const already = at('旧通知.txt', 'already');
    const next = [at('验收.docx', 'waiting'), at('中期.pdf', 'waiting')];
    const session = withBatch([done, waiting, failed, already], next);
    expect(session.map((f) => [f.name, !!f.folded])).toEqual([
      ['批复.pdf', true],
      ['名单.docx', false],
      ['扫描件.png', false],
      ['旧通知.txt', false],
      ['验收.docx', false],
      ['中期.pdf', false],
    ]);
    expect(session[1]).toBe(waiting);
  });

  it('keeps a preview a person unfolded again folded only until the next batch', () => {
    const opened = { ...at('批复.pdf', 'committed'), folded: false };
    expect(withBatch([opened], [])[0]!.folded).toBe(true);
  });
});
