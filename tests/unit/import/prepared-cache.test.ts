/**
 * The preview's drafts kept for the commit (prepared-cache.ts): the same file with the same
 * corrections is prepared once; anything the drafts depend on changing prepares it again.
 * The preparing is counted through the function the cache wraps, never timed.
 */
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { PrepareInput, PreparedImport } from '../../../src/main/core/import/prepare-import';
import { cachedPrepare } from '../../../src/main/app/import/prepared-cache';

/** Drafts that say which call made them; `text` sets the notice text's length. */
function counting(text = 10) {
  const calls: PrepareInput[] = [];
  const prepare = (input: PrepareInput) => {
    calls.push(input);
    return Promise.resolve({
      notice: { file: input.name, sha256: input.sha256, rawText: 'x'.repeat(text), warnings: [] },
      records: [{ kind: 'zone', fields: { title: `第${calls.length}次` } }],
      rules: [],
      addedRowRegion: { asOf: null, context: null },
      recordRegions: [],
    } as unknown as PreparedImport);
  };
  return { calls, prepare };
}

const file = (name: string, sha256: string, more: Partial<PrepareInput> = {}): PrepareInput => ({
  name,
  bytes: new Uint8Array([1]),
  sha256,
  ...more,
});
const edit = (title: string) => ({ edits: [{ index: 0, title }] });

/** The bytes the cache holds for one file of `prepare`'s drafts without corrections (not counted as a call). */
async function entryBytes(
  prepare: ReturnType<typeof counting>['prepare'],
  calls: PrepareInput[],
): Promise<number> {
  const drafts = await prepare(file('x.txt', 'xx'));
  calls.length = 0;
  return serialize({ corrections: '[[],[],[]]', drafts }).length;
}

describe('the preview drafts kept for the commit', () => {
  it('prepares a file once for the preview and the commit of it, missing lists as empty', async () => {
    const { calls, prepare } = counting();
    const cached = cachedPrepare(prepare);
    const preview = await cached(file('a.txt', 'aa', { edits: [] }));
    const commit = await cached(file('a.txt', 'aa', { edits: [], exclude: [], added: [] }));
    expect(calls).toHaveLength(1);
    expect(commit).toEqual(preview);
  });

  it('gives a copy: a caller changing its drafts never changes the next caller’s', async () => {
    const { calls, prepare } = counting();
    const cached = cachedPrepare(prepare);
    const first = await cached(file('a.txt', 'aa'));
    first.records[0]!.fields.title = '改过';
    const second = await cached(file('a.txt', 'aa'));
    second.records.pop();
    const third = await cached(file('a.txt', 'aa'));
    expect(calls).toHaveLength(1);
    expect(third.records.map((r) => r.fields.title)).toEqual(['第1次']);
  });

  it('prepares again when a correction changes, and the older drafts are dropped', async () => {
    const { calls, prepare } = counting();
    const cached = cachedPrepare(prepare);
    await cached(file('a.txt', 'aa', edit('甲')));
    await cached(file('a.txt', 'aa', edit('乙')));
    await cached(file('a.txt', 'aa', edit('甲')));
    await cached(file('a.txt', 'aa', { ...edit('甲'), exclude: [2] }));
    await cached(file('a.txt', 'aa', { ...edit('甲'), exclude: [2] }));
    expect(calls.map((c) => [c.edits?.[0]?.title, c.exclude])).toEqual([
      ['甲', undefined],
      ['乙', undefined],
      ['甲', undefined],
      ['甲', [2]],
    ]);
  });

  it('keeps files apart by their bytes and by their name (the notice keeps its file name)', async () => {
    const { calls, prepare } = counting();
    const cached = cachedPrepare(prepare);
    await cached(file('a.txt', 'aa'));
    await cached(file('a.txt', 'bb'));
    await cached(file('b.txt', 'aa'));
    expect(calls).toHaveLength(3);
    expect((await cached(file('b.txt', 'aa'))).notice.file).toBe('b.txt');
    expect(calls).toHaveLength(3);
  });

  it('does not keep a failure: the file is read again', async () => {
    let n = 0;
    const cached = cachedPrepare((input) =>
      ++n === 1 ? Promise.reject(new Error('读取失败')) : counting().prepare(input),
    );
    await expect(cached(file('a.txt', 'aa'))).rejects.toThrow('读取失败');
    await cached(file('a.txt', 'aa'));
    expect(n).toBe(2);
  });

  it('keeps at most its drafts’ bytes, the least recently used going first; larger not kept', async () => {
    const { calls, prepare } = counting(400);
    const size = await entryBytes(prepare, calls);
    const cached = cachedPrepare(prepare, { maxBytes: 2.5 * size });
    await cached(file('a.txt', 'aa'));
    await cached(file('b.txt', 'bb'));
    await cached(file('a.txt', 'aa')); // a used again: b is now the oldest
    await cached(file('c.txt', 'cc')); // three do not fit: b goes
    await cached(file('a.txt', 'aa'));
    await cached(file('c.txt', 'cc'));
    expect(calls.map((c) => c.name)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    await cached(file('b.txt', 'bb'));
    expect(calls.map((c) => c.name)).toEqual(['a.txt', 'b.txt', 'c.txt', 'b.txt']);

    const long = counting(400);
    const small = cachedPrepare(long.prepare, { maxBytes: size / 2 });
    await small(file('a.txt', 'aa'));
    await small(file('a.txt', 'aa'));
    expect(long.calls).toHaveLength(2);
  });

  it('is bounded by bytes, not files: a session of 250 small notices fits', async () => {
    const { calls, prepare } = counting(2000);
    const cached = cachedPrepare(prepare);
    const session = Array.from({ length: 250 }, (_, i) => file(`${i}.txt`, `sha${i}`));
    for (const f of session) await cached(f);
    for (const f of session)
      await cached({ ...f, edits: [], exclude: [], added: [], commit: true });
    expect(calls).toHaveLength(250);
  });

  it('a stored commit’s drafts go, and a commit keeps none when it prepares', async () => {
    const { calls, prepare } = counting();
    const cached = cachedPrepare(prepare);
    await cached(file('a.txt', 'aa'));
    await cached(file('a.txt', 'aa', { commit: true }));
    expect(calls).toHaveLength(1);
    // stored: nothing kept for it any more, and a commit that prepares keeps nothing either
    cached.stored(file('a.txt', 'aa'));
    await cached(file('a.txt', 'aa', { commit: true }));
    await cached(file('a.txt', 'aa', { commit: true }));
    expect(calls).toHaveLength(3);
    // a preview still keeps
    await cached(file('a.txt', 'aa'));
    await cached(file('a.txt', 'aa'));
    expect(calls).toHaveLength(4);
  });

  it('a session larger than the bound, previewed whole, still finds the files it kept', async () => {
    // The old bound (least recently used out, commits kept) missed every commit of it: each
    // commit's drafts pushed out the next file's.
    const { calls, prepare } = counting(2000);
    const one = await entryBytes(prepare, calls);
    const cached = cachedPrepare(prepare, { maxBytes: 100 * one });
    const session = Array.from({ length: 300 }, (_, i) => file(`${i}.txt`, `sha${i}`));
    for (const f of session) await cached(f);
    const commits = session.map((f) => ({ ...f, commit: true }));
    for (const f of commits) {
      await cached(f);
      cached.stored(f);
    }
    const read = calls.slice(300).map((c) => c.name);
    // the last ninety previewed are kept and taken by their commits
    expect(read).not.toContain('299.txt');
    expect(read.filter((n) => Number(n.replace('.txt', '')) >= 210)).toEqual([]);
    expect(read.length).toBeLessThanOrEqual(210);
  });

  it('holds a session of a hundred previews until their commits', async () => {
    // Previewed all first, committed after: with room for fewer files the least recently
    // used, the first file committed, would always be gone.
    const { calls, prepare } = counting(2000);
    const cached = cachedPrepare(prepare);
    const session = Array.from({ length: 100 }, (_, i) => file(`${i}.txt`, `sha${i}`));
    for (const f of session) await cached(f);
    for (const f of session) await cached({ ...f, edits: [], exclude: [], added: [] });
    expect(calls).toHaveLength(100);
  });

  it('keeps a commit’s drafts until it is stored, then lets the file go and tells the worker', async () => {
    const { calls, prepare } = counting();
    const told: string[] = [];
    const cached = cachedPrepare(prepare, { stored: (f) => told.push(f.name) });
    await cached(file('a.txt', 'aa'));
    await cached(file('b.txt', 'bb'));
    // a commit answered from the drafts whose write then failed: committed again, still answered
    await cached(file('a.txt', 'aa', { commit: true }));
    await cached(file('a.txt', 'aa', { commit: true }));
    expect(calls.map((c) => c.name)).toEqual(['a.txt', 'b.txt']);
    expect(told).toEqual([]);
    cached.stored(file('a.txt', 'aa'));
    expect(told).toEqual(['a.txt']);
    // gone: the next call prepares; the other file is still kept
    await cached(file('a.txt', 'aa'));
    await cached(file('b.txt', 'bb', { commit: true }));
    expect(calls.map((c) => c.name)).toEqual(['a.txt', 'b.txt', 'a.txt']);
  });
});
