/**
 * The import page's joined previews (joined-preview.ts): removing a confirmation from a
 * session analyses again every later notice whose preview had it written first (it kept
 * saying 关联已有 for records nothing will create); more confirmations than one preview may
 * write first is said on the preview, never skipped silently. Controls: a news item whose
 * preview never had the removed file, and removing a news item, redo nothing; 200 exactly
 * still previews joined.
 */
import { describe, expect, it } from 'vitest';
import type { NoticeRole } from '../../../src/shared/notice-roles';
import { MAX_PREVIEW_BEFORE_FILES } from '../../../src/shared/import-limits';
import {
  joinedNoteFor,
  redoAfterAnalysis,
  redoAfterRemoval,
} from '../../../src/renderer/src/features/import/joined-preview';

interface File {
  key: string;
  stage: string;
  dataBase64: string | null;
  notice: { role: NoticeRole | null } | null;
}

const file = (key: string, role: NoticeRole, stage = 'preview'): File => ({
  key,
  stage,
  dataBase64: 'AA==',
  notice: { role },
});

const keys = (r: { file: File; first: File[] }[]) =>
  r.map((x) => [x.file.key, x.first.map((f) => f.key)]);

describe('removing a file from the session', () => {
  const confirmA = file('confirmA', 'confirmation');
  const confirmB = file('confirmB', 'confirmation');
  const news = file('news', 'news');
  const report = file('report', 'progress_report');

  it('analyses again the news that had the removed confirmation written first', () => {
    expect(keys(redoAfterRemoval([news, confirmA, confirmB], confirmA))).toEqual([
      ['news', ['confirmB']],
    ]);
    // The last confirmation gone: analysed alone again, so its items say 新建 as stored.
    expect(keys(redoAfterRemoval([news, confirmA], confirmA))).toEqual([['news', []]]);
    expect(keys(redoAfterRemoval([news, report, confirmA], confirmA))).toEqual([
      ['news', []],
      ['report', []],
    ]);
  });

  it('leaves alone previews that never had it (controls)', () => {
    // A news item removed: no preview had it written first.
    expect(redoAfterRemoval([news, report, confirmA], news)).toEqual([]);
    // A committed news item is in the ledger already: nothing to preview again.
    const committed = file('done', 'news', 'committed');
    expect(redoAfterRemoval([committed, confirmA], confirmA)).toEqual([]);
    // A failed confirmation was never written first.
    const failed = { ...file('bad', 'confirmation', 'failed'), dataBase64: null };
    expect(redoAfterRemoval([news, failed, confirmA], failed)).toEqual([]);
  });
});

describe('after an analysis', () => {
  it('redoes the later notices the batch brought or brought confirmations for', () => {
    const session = [file('news', 'news'), file('c', 'confirmation'), file('old', 'news')];
    expect(keys(redoAfterAnalysis(session, new Set(['c'])))).toEqual([
      ['news', ['c']],
      ['old', ['c']],
    ]);
    // A news item added alone to a session whose confirmations were analysed before.
    expect(keys(redoAfterAnalysis(session, new Set(['news'])))).toEqual([['news', ['c']]]);
    expect(redoAfterAnalysis([file('news', 'news')], new Set(['news']))).toEqual([]);
  });
});

describe('what the preview says when the confirmations cannot be written first', () => {
  it('says so past the limit, and nothing at it', () => {
    expect(joinedNoteFor(MAX_PREVIEW_BEFORE_FILES)).toBeNull();
    const note = joinedNoteFor(MAX_PREVIEW_BEFORE_FILES + 1)!;
    expect(note).toContain(`${MAX_PREVIEW_BEFORE_FILES + 1} 份`);
    expect(note).toContain('可能改为关联');
    expect(joinedNoteFor(3, '文件太大')).toContain('文件太大');
  });
});
