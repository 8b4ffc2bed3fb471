/**
 * The region lookup's memos keyed by context and text without a joined key string: the same
 * pair finds its answer, another context or text does not, a kept null is an answer, and past
 * its bound the memo starts afresh.
 */
import { describe, expect, it } from 'vitest';
import { PairMemo } from '../../../src/main/core/import/extract/pair-memo';

describe('PairMemo', () => {
  it('answers by context and text, each apart', () => {
    const m = new PairMemo<string | null>(10);
    m.set('江苏省', '鼓楼区', 'a');
    m.set('', '鼓楼区', 'b');
    m.set('福建省', '鼓楼区', null);
    expect(m.get('江苏省', '鼓楼区')).toBe('a');
    expect(m.get('', '鼓楼区')).toBe('b');
    expect(m.get('福建省', '鼓楼区')).toBeNull();
    expect(m.get('河南省', '鼓楼区')).toBeUndefined();
    // A context and a text that would join to the same string stay two questions.
    m.set('江苏省鼓', '楼区', 'c');
    expect(m.get('江苏省', '鼓楼区')).toBe('a');
  });

  it('starts afresh past its bound, counting each pair once', () => {
    const m = new PairMemo<number>(2);
    m.set('', 'a', 1);
    m.set('', 'a', 2);
    m.set('', 'b', 3);
    m.set('x', 'c', 4);
    expect([m.get('', 'a'), m.get('', 'b'), m.get('x', 'c')]).toEqual([2, 3, 4]);
    m.set('x', 'd', 5);
    expect([m.get('', 'a'), m.get('x', 'c'), m.get('x', 'd')]).toEqual([undefined, undefined, 5]);
  });
});
