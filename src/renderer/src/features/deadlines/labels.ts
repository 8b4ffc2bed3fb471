/** Chinese names for the deadline views (the backend sends each item's own title as `label`). */
import { MILESTONE_STATUS_LABELS, type MilestoneStatus } from '../../../../shared/domain';
import type { DeadlineItem } from './types';

/** "还剩 3 天" / "今天到期" / "逾期 12 天": what Excel users got from TODAY() formulas. */
function daysText(daysLeft: number, status: MilestoneStatus): string {
  if (status === 'done' || status === 'waived') return '';
  if (daysLeft === 0) return '今天到期';
  return daysLeft > 0 ? `还剩 ${daysLeft} 天` : `逾期 ${-daysLeft} 天`;
}

/**
 * How every deadline view shows an item's status: the list, the calendar and a zone's
 * timeline read the same flag, so a duty filed under 历史事项 is never 逾期 elsewhere. A
 * historical duty was never marked done, but its cycle ended long before the ledger knew of
 * it (or its round closed): it is shown as history, without a count of days late.
 */
export function statusShown(
  i: Pick<DeadlineItem, 'status' | 'historical' | 'daysLeft' | 'informational'>,
): {
  key: MilestoneStatus | 'historical';
  label: string;
  days: string;
} {
  if (i.status === 'overdue' && i.historical)
    return { key: 'historical', label: '历史事项', days: '' };
  // A 公示 window is no duty: running or over, never 待办 nor 逾期.
  if (i.informational && (i.status === 'pending' || i.status === 'done'))
    return i.status === 'pending'
      ? {
          key: 'pending',
          label: '公示中',
          days: i.daysLeft > 0 ? `还剩 ${i.daysLeft} 天` : '今天截止',
        }
      : { key: 'done', label: '已结束', days: '' };
  return {
    key: i.status,
    label: MILESTONE_STATUS_LABELS[i.status],
    days: daysText(i.daysLeft, i.status),
  };
}

export const HISTORY_NOTE =
  '历史事项：周期在录入台账前早已结束（或往年的申报已截止），未标记完成，不计入逾期';

const RULE_KIND_LABELS: Record<string, string> = {
  cycle: '实验周期',
  range: '实验起止',
  annual_deadline: '每年申报截止',
  deadline: '截止期限',
  objection_window: '公示期',
  annual_plan: '年度计划',
  annual_summary: '年度总结',
  midterm: '中期评估',
  final_report: '终期报告',
  acceptance: '结项验收',
  extension: '延期',
  approval: '确认日期',
  other: '其他',
};

/**
 * A rule's kind as the rules panel names it. A yearly date a body files by (年检材料, 年报:
 * `filing`) is no round of applying: 每年报送截止, not 每年申报截止.
 */
export function ruleKindLabel(r: { kind: string; params: Record<string, unknown> }): string {
  if (r.kind === 'annual_deadline' && r.params.filing === true) return '每年报送截止';
  return RULE_KIND_LABELS[r.kind] ?? r.kind;
}
