/** Deadlines, milestones and schedule rules: the schedule (src/main/core/schedule) through every door. */
import { AppError } from '../../shared/app-error';
import {
  countDeadlines,
  deadlines,
  deadlinesIcs,
  saveUserRule,
  setExtension,
  todayInChina,
  updateMilestoneStatus,
} from '../core/schedule';
import { ensureDefaultRules } from '../core/schedule/default-rules';
import { allRules, toScheduleRule } from '../db/queries/rules';
import type { HandlerGroup } from './handler-types';

export const deadlineHandlers: HandlerGroup<
  | 'deadlines/list'
  | 'deadlines/counts'
  | 'deadlines/ics'
  | 'milestones/update'
  | 'milestones/extend'
  | 'rules/list'
  | 'rules/update'
> = {
  'deadlines/list': (input, ctx) => deadlines(ctx.ledger.db, input),
  'deadlines/counts': (input, ctx) => {
    const asOf = input.asOf ?? todayInChina();
    return countDeadlines(deadlines(ctx.ledger.db, { asOf }), asOf);
  },
  'deadlines/ics': (input, ctx) => deadlinesIcs(ctx.ledger.db, input),
  'milestones/update': (input, ctx) => {
    updateMilestoneStatus(ctx.ledger.db, input);
    const item = deadlines(ctx.ledger.db, { asOf: input.asOf }).find((m) => m.id === input.id);
    if (!item) throw new AppError('milestone_not_found', `找不到编号为 ${input.id} 的期限节点。`);
    return item;
  },
  'milestones/extend': (input, ctx) => {
    setExtension(ctx.ledger.db, input);
    return deadlines(ctx.ledger.db, { recordId: input.recordId });
  },
  'rules/list': (input, ctx) => {
    ensureDefaultRules(ctx.ledger.db);
    return allRules(ctx.ledger.db)
      .filter((r) => input.programme === undefined || r.programme === input.programme)
      .map(toScheduleRule);
  },
  'rules/update': (input, ctx) => {
    saveUserRule(ctx.ledger.db, input);
    return allRules(ctx.ledger.db).map(toScheduleRule);
  },
};
