/**
 * 导入完成 after a second 确认导入 counts that click's files alone (last-commit.ts): the
 * first batch's notice, still on the page and still committed, is no part of it. Controls: a
 * file of the click that failed or was already in the ledger counts nothing, and one taken
 * back by 撤销 neither.
 */
import { describe, expect, it } from 'vitest';
import { lastCommitted } from '../../../src/renderer/src/features/import/last-commit';

const at = (key: string, stage: string) => ({ key, stage });

describe('lastCommitted', () => {
  it('keeps the files the last click wrote, not an earlier batch still shown committed', () => {
    const session = [at('a', 'committed'), at('b', 'committed')];
    expect(lastCommitted(session, new Set(['b'])).map((f) => f.key)).toEqual(['b']);
  });

  it('leaves out a file of the click that failed, was already imported or was undone', () => {
    const session = [
      at('a', 'committed'),
      at('b', 'failed'),
      at('c', 'already'),
      at('d', 'undone'),
      at('e', 'committed'),
    ];
    expect(lastCommitted(session, new Set(['b', 'c', 'd', 'e'])).map((f) => f.key)).toEqual(['e']);
  });
});
