/**
 * The words at the foot for a progress report ("正在导入 2/5：第五批.txt"). A report of one
 * step gets no count: the import page analyses its files one call at a time and counts the
 * batch itself (正在分析 2/3), so a foot saying 0/1 beside it would contradict it.
 */

export interface ProgressReport {
  method: string;
  done: number;
  total: number;
  item?: string;
  /** The work's own name when the method's would mislead (a preview's dry run: 分析). */
  work?: string;
  /**
   * The words of a page that counts its batch itself (page-progress.ts), said while the work
   * runs so that the foot and the page say the same thing.
   */
  said?: string;
}

const WORK: Record<string, string> = {
  'import/files': '导入',
  'duplicates/accept': '合并',
  'duplicates/review': '查重',
  'duplicates/list': '查重',
  'export/create': '导出',
  'backups/create': '备份',
  'backups/restore': '恢复备份',
  'ledger/import': '导入台账',
  'ledger/export': '导出台账',
};

export function progressLabel(p: ProgressReport): string {
  const work = p.work ?? WORK[p.method] ?? '处理';
  if (p.done >= p.total) return `${work}完成`;
  if (p.said) return p.said;
  const count = p.total > 1 ? ` ${p.done}/${p.total}` : '';
  return `正在${work}${count}${p.item ? `：${p.item}` : ''}`;
}

/**
 * How full the foot's bar is: the steps done, or undefined — a running (indeterminate) bar —
 * while a single step is under way. A one-step report (the import page sends one file a
 * call) stays at 0 until the step ends, and a bar sitting empty through a long analysis
 * reads as stuck.
 */
export function progressValue(p: Pick<ProgressReport, 'done' | 'total'>): number | undefined {
  return p.total <= 1 && p.done < p.total ? undefined : p.done;
}
