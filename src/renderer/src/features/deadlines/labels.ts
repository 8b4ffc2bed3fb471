/** Chinese names for the deadline views (the backend sends each item's own title as `label`). */
import type { MilestoneStatus } from '../../../../shared/domain';

export { MILESTONE_STATUS_LABELS as STATUS_LABELS } from '../../../../shared/domain';

/** "还剩 3 天" / "今天到期" / "逾期 12 天": what Excel users got from TODAY() formulas. */
export function daysText(daysLeft: number, status: MilestoneStatus): string {
  if (status === 'done' || status === 'waived') return '';
  if (daysLeft === 0) return '今天到期';
  return daysLeft > 0 ? `还剩 ${daysLeft} 天` : `逾期 ${-daysLeft} 天`;
}

export const RULE_KIND_LABELS: Record<string, string> = {
  cycle: '实验周期',
  range: '实验起止',
  annual_deadline: '每年申报截止',
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
