/** How far the backend's long work has got ("正在导入 2/5：第五批.txt"), at the foot of every page. */
import { useProgress } from './use-progress';

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

export function ProgressLine() {
  const p = useProgress();
  if (!p) return null;
  const work = p.work ?? WORK[p.method] ?? '处理';
  const finished = p.done >= p.total;
  return (
    <div
      className="progress-line"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={p.total}
      aria-valuenow={p.done}
      data-testid="progress-line"
    >
      <span>
        {finished ? `${work}完成` : `正在${work} ${p.done}/${p.total}`}
        {p.item && !finished ? `：${p.item}` : ''}
      </span>
      <progress max={p.total} value={p.done} />
    </div>
  );
}
