/** Chinese names of milestone kinds, and a milestone's title from its kind and key. */
import type { MilestoneKind } from '../../../shared/domain';

export const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  application_due: '申报截止',
  approval: '批复确认',
  annual_plan: '年度实验计划',
  annual_summary: '年度实验总结',
  midterm: '中期评估',
  final_report: '终期报告',
  acceptance: '结项验收',
  extension: '延期',
  objection_window: '公示期',
  other: '其他',
};

export function milestoneLabel(kind: string, key: string): string {
  const name = MILESTONE_KIND_LABELS[kind as MilestoneKind] ?? kind;
  // Annual obligations end their key with the year they are for (…:annual_plan:2019).
  const year = /:(\d{4})$/.exec(key)?.[1];
  if (year && (kind === 'annual_plan' || kind === 'annual_summary')) return `${year}年度${name.replace('年度', '')}`;
  if (year && kind === 'application_due') return `${year}年度申报截止`;
  return name;
}
