/**
 * A click's files go to the import in as few calls as the transports take (commit-calls.ts):
 * in order, at most the contract's file count and the data budget a call, a file over the
 * budget alone; and each file's card reads its own part of a call's outcome, by place.
 */
import { describe, expect, it } from 'vitest';
import { commitCalls, outcomeOfFile } from '../../../src/renderer/src/features/import/commit-calls';
import { MAX_IMPORT_CALL_FILES } from '../../../src/shared/import-limits';
import type { ImportOutcome } from '../../../src/shared/method-results';

const f = (name: string, size: number) => ({ name, dataBase64: 'A'.repeat(size) });
const names = (calls: { name: string }[][]) => calls.map((c) => c.map((x) => x.name));

describe('the calls a click’s files travel in', () => {
  it('sends a click’s files in one call, in order', () => {
    expect(names(commitCalls([f('a', 10), f('b', 10), f('c', 10)], 100))).toEqual([
      ['a', 'b', 'c'],
    ]);
  });

  it('starts another call at the data budget; a file over it goes alone', () => {
    const calls = commitCalls([f('a', 40), f('b', 40), f('c', 40), f('d', 150), f('e', 10)], 100);
    expect(names(calls)).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
  });

  it('never puts more files in a call than the contract takes', () => {
    const many = Array.from({ length: MAX_IMPORT_CALL_FILES + 1 }, (_, i) => f(`n${i}`, 1));
    expect(commitCalls(many, 1e9).map((c) => c.length)).toEqual([MAX_IMPORT_CALL_FILES, 1]);
  });
});

describe("a file's part of a call's outcome", () => {
  // Two files of the click named alike (from two folders): told apart by place.
  const outcome: ImportOutcome = {
    notices: [],
    records: [],
    files: [
      { file: '通知.txt', status: 'failed', noticeId: null, recordIds: [] },
      { file: '通知.txt', status: 'imported', noticeId: 7, recordIds: [1, 2] },
      { file: '名单.txt', status: 'failed', noticeId: null, recordIds: [] },
    ],
    failures: [
      { file: '通知.txt', code: 'read_failed', message: '通知.txt：读不出' },
      { file: '名单.txt', code: 'import_failed', message: '名单.txt：写入失败' },
    ],
    step: 3,
  };

  it('gives each file its own status and its own failure, by place not by name', () => {
    expect(outcomeOfFile(outcome, 0).failures.map((x) => x.message)).toEqual(['通知.txt：读不出']);
    const second = outcomeOfFile(outcome, 1);
    expect(second.files).toEqual([outcome.files[1]]);
    expect(second.failures).toEqual([]);
    expect(outcomeOfFile(outcome, 2).failures.map((x) => x.message)).toEqual([
      '名单.txt：写入失败',
    ]);
    expect(outcomeOfFile(outcome, 1).step).toBe(3);
  });
});
