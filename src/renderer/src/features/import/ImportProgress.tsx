/** The batch's progress bar on the import page, in the words the foot tells it (page-progress.ts). */
import { type PageProgress, pageProgressText } from '../../components/page-progress';

export function ImportProgress({ progress }: { progress: PageProgress }) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-valuenow={progress.done}
      aria-valuemax={progress.total}
    >
      <div
        className="progress-bar"
        style={{ width: `${(100 * progress.done) / Math.max(1, progress.total)}%` }}
      />
      <span>{pageProgressText(progress)}</span>
    </div>
  );
}
