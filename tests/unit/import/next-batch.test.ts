/**
 * A batch chosen after an earlier one was imported (next-batch.ts): the notices already in
 * the ledger fold to their header and counts, so the new files' previews are what shows.
 * Controls: a notice still awaiting commit, a failed file and one imported before stay as
 * they were; the new files come last, in the order chosen.
 */
import { describe, expect, it } from 'vitest';
import { foldLabel, withBatch } from '../../../src/renderer/src/features/import/next-batch';

interface File {
  name: string;
  stage: string;
  folded?: boolean;
}

const at = (name: string, stage: string): File => ({ name, stage });

describe('withBatch', () => {
  it('folds the committed notices and leaves every other file as it was', () => {
    const waiting = at('名单.docx', 'preview');
    const session = withBatch(
      [at('批复.pdf', 'committed'), waiting, at('扫描件.png', 'failed'), at('旧.txt', 'already')],
      [at('验收.docx', 'waiting'), at('中期.pdf', 'waiting')],
    );
    expect(session.map((f) => [f.name, !!f.folded])).toEqual([
      ['批复.pdf', true],
      ['名单.docx', false],
      ['扫描件.png', false],
      ['旧.txt', false],
      ['验收.docx', false],
      ['中期.pdf', false],
    ]);
    expect(session[1]).toBe(waiting);
  });

  it('folds again, at the next batch, a committed notice a person unfolded', () => {
    expect(withBatch([{ ...at('批复.pdf', 'committed'), folded: false }], [])[0]!.folded).toBe(
      true,
    );
  });
});

describe('foldLabel', () => {
  it('says what unfolding shows, and once unfolded that the button folds them again', () => {
    expect(foldLabel(true, 3, 1)).toBe('展开本通知的 3 条记录和提示');
    expect(foldLabel(true, 0, 2)).toBe('展开本通知的 2 条提示');
    expect(foldLabel(false, 3, 1)).toBe('收起本通知的记录和提示');
  });
});
