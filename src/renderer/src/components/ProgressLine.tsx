/** How far the backend's long work has got ("正在导入 2/5：第五批.txt"), at the foot of every page. */
import { progressLabel, progressValue } from './progress-label';
import { useProgress } from './use-progress';

export function ProgressLine() {
  const p = useProgress();
  if (!p) return null;
  const value = progressValue(p);
  return (
    <div
      className="progress-line"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={p.total}
      aria-valuenow={value}
      data-testid="progress-line"
    >
      <span>{progressLabel(p)}</span>
      {/* Keyed: a bar that had a value is made anew to run again (and the other way). */}
      <progress key={value === undefined ? 'running' : 'counted'} max={p.total} value={value} />
    </div>
  );
}
