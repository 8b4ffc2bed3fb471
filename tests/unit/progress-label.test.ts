import { describe, expect, it } from 'vitest';
import { progressLabel, progressValue } from '../../src/renderer/src/components/progress-label';

describe('progressLabel: the foot line of long work', () => {
  it('counts steps and names the current item', () => {
    expect(progressLabel({ method: 'export/create', done: 2, total: 5, item: '附件1' })).toBe(
      '正在导出 2/5：附件1',
    );
  });
  it('gives no count for a single step (the import page counts its own batch)', () => {
    expect(progressLabel({ method: 'import/files', done: 0, total: 1, item: '第五批.txt' })).toBe(
      '正在导入：第五批.txt',
    );
  });
  it("uses the work's own name and says when it is done", () => {
    expect(progressLabel({ method: 'import/files', done: 0, total: 1, work: '分析' })).toBe(
      '正在分析',
    );
    expect(progressLabel({ method: 'import/files', done: 3, total: 3 })).toBe('导入完成');
    expect(progressLabel({ method: 'unknown/thing', done: 1, total: 4 })).toBe('正在处理 1/4');
  });
});

describe('progressValue: how full the foot bar is', () => {
  it('runs (no value) while a single step is under way, instead of sitting empty', () => {
    expect(progressValue({ done: 0, total: 1 })).toBeUndefined();
    expect(progressValue({ done: 1, total: 1 })).toBe(1);
  });
  it('counts the steps of longer work', () => {
    expect(progressValue({ done: 0, total: 5 })).toBe(0);
    expect(progressValue({ done: 2, total: 5 })).toBe(2);
  });
});
