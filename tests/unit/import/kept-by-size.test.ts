/** The import caches' store (kept-by-size.ts): bounded by the bytes it holds, copies out. */
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { KeptBySize } from '../../../src/main/app/import/kept-by-size';

const value = (n: number) => ({ id: n, text: '字'.repeat(100), none: undefined });
const size = serialize(value(1)).length;

describe('values kept by their bytes', () => {
  it('holds what fits, the least recently used going first, and counts its bytes', () => {
    const kept = new KeptBySize<ReturnType<typeof value>>(2.5 * size);
    kept.set('a', value(1));
    kept.set('b', value(2));
    expect(kept.get('a')?.id).toBe(1); // b is now the oldest
    kept.set('c', value(3));
    expect(kept.get('b')).toBeUndefined();
    expect([kept.get('a')?.id, kept.get('c')?.id]).toEqual([1, 3]);
    expect(kept.bytes).toBe(2 * size);
    kept.set('a', value(4)); // replaced, not added
    expect(kept.bytes).toBe(2 * size);
    expect(kept.get('a')?.id).toBe(4);
    kept.delete('a');
    expect(kept.get('a')).toBeUndefined();
    expect(kept.bytes).toBe(size);
  });

  it('gives copies, as kept (undefined fields too), and never keeps one larger than all', () => {
    const kept = new KeptBySize<ReturnType<typeof value>>(2 * size);
    const v = value(1);
    kept.set('a', v);
    v.id = 9;
    const out = kept.get('a')!;
    out.text = '';
    expect(kept.get('a')).toStrictEqual(value(1));
    const small = new KeptBySize<ReturnType<typeof value>>(size - 1);
    small.set('a', value(1));
    expect(small.get('a')).toBeUndefined();
    expect(small.bytes).toBe(0);
  });
});
