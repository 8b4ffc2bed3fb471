/** How far the backend's long work has got ("正在导入 2/5：第五批.txt"), at the foot of every page. */
import { progressLabel } from './progress-label';
import { useProgress } from './use-progress';

export function ProgressLine() {
  const p = useProgress();
  if (!p) return null;
  return (
    <div
      className="progress-line"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={p.total}
      aria-valuenow={p.done}
      data-testid="progress-line"
    >
      <span>{progressLabel(p)}</span>
      <progress max={p.total} value={p.done} />
    </div>
  );
}
