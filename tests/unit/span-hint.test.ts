/** Hovering a record's passage in the notice text names it, by its place when it has no title. */
import { describe, expect, it } from 'vitest';
import { spanHint } from '../../src/renderer/src/features/notices/span-hint';

describe('the hint over a record in the notice text', () => {
  it('names an untitled zone by its place, not 实验区： alone', () => {
    expect(spanHint({ kind: 'zone', title: null, regionText: '福州市鼓楼区', live: true })).toBe(
      '实验区：福州市鼓楼区',
    );
    expect(spanHint({ kind: 'zone', title: ' ', regionText: '福州市鼓楼区', live: false })).toBe(
      '实验区：福州市鼓楼区（已删除或已合并）',
    );
  });

  it('keeps a title where there is one, and says so where there is nothing', () => {
    expect(
      spanHint({ kind: 'case', title: '“红色物业”联动', regionText: '长安区', live: true }),
    ).toBe('典型案例：“红色物业”联动');
    expect(spanHint({ kind: 'observation', title: null, regionText: null, live: true })).toBe(
      '观察点：（无名称）',
    );
  });
});
