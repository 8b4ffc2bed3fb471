/** Chinese names of milestone kinds, and a milestone's title from its kind and key. */
import { MILESTONE_KIND_LABELS, type MilestoneKind } from '../../../shared/domain';
import { ONE_OFF_KEY, oneOffLabel } from './one-off-deadlines';

/** `ruleText`: the rule's sentence, which names what a one-off duty is (限期完成社工站阵地建设). */
export function milestoneLabel(kind: string, key: string, ruleText?: string | null): string {
  if (key.includes(ONE_OFF_KEY)) return oneOffLabel(ruleText);
  const name = MILESTONE_KIND_LABELS[kind as MilestoneKind] ?? kind;
  // Annual obligations end their key with the year they are for (…:annual_plan:2019).
  const year = /:(\d{4})$/.exec(key)?.[1];
  if (year && (kind === 'annual_plan' || kind === 'annual_summary'))
    return `${year}年度${name.replace('年度', '')}`;
  if (year && kind === 'application_due') return `${year}年度申报截止`;
  return name;
}
