/** A milestone as the rules say it should be, before it meets the stored table. */
import type { MilestoneKind } from '../../../shared/domain';

export interface DesiredMilestone {
  /** Stable identity: the same obligation keeps its key when dates move (extension, edited rule). */
  key: string;
  recordId: number | null;
  noticeId: number | null;
  ruleId: number | null;
  kind: MilestoneKind;
  dueOn: string;
  endOn: string | null;
  /** Status when first stored: facts (an approval, a granted extension) are done already. */
  initialStatus: 'pending' | 'done';
}
