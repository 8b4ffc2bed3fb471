import { describe, expect, it } from 'vitest';
import { progressLine, progressText } from '../../../src/main/cli/progress-line';

describe('the CLI progress line', () => {
  it('counts finished files, names the file and the work', () => {
    expect(progressText({ done: 3, total: 120, item: 'n004.txt' }, '导入')).toBe(
      '正在导入：已完成 3/120（n004.txt）',
    );
    // A dry run's import says what it really does.
    expect(progressText({ done: 0, total: 2, item: 'a.docx', work: '分析' }, '导入')).toBe(
      '正在分析：已完成 0/2（a.docx）',
    );
    expect(progressText({ done: 2, total: 2 }, '导入')).toBe('导入完成 2/2');
  });

  it('cuts a long file name, keeping the count readable', () => {
    const text = progressText({ done: 1, total: 9, item: '关'.repeat(80) }, '导入');
    expect(text).toBe(`正在导入：已完成 1/9（${'关'.repeat(39)}…）`);
  });

  it('rewrites one line in place and clears it before other output', () => {
    const written: string[] = [];
    const line = progressLine((s) => written.push(s), '导出');
    line.end(); // nothing shown yet: nothing to clear
    line.report({ done: 0, total: 2, item: '生成文件' });
    line.end();
    line.end();
    expect(written).toEqual(['\r\x1b[2K正在导出：已完成 0/2（生成文件）', '\r\x1b[2K']);
  });
});
