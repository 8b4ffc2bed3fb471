/** Deadlines, milestones and schedule rules: the schedule through every door. */
import { AppError } from '../../shared/app-error';
import { bulkMilestones } from '../app/schedule/bulk-milestones';
import { deadlineGlance } from '../app/schedule/deadline-glance';
import { deadlineMonth } from '../app/schedule/deadline-month';
import { deadlinePage } from '../app/schedule/deadline-page';
import { deadlineZoneChoices } from '../app/schedule/deadline-zones';
import { deadlines, deadlinesIcs } from '../app/schedule/deadlines';
import { saveUserRule, setExtension, updateMilestoneStatus } from '../app/schedule/schedule-edits';
import { countDeadlines, todayInChina } from '../core/schedule';
import { milestoneRow } from '../db/queries/milestones';
import { allRules, toScheduleRule } from '../db/queries/rules';
import type { HandlerGroup } from './handler-types';

export const deadlineHandlers: HandlerGroup<
  | 'deadlines/list'
  | 'deadlines/counts'
  | 'deadlines/glance'
  | 'deadlines/ics'
  | 'deadlines/page'
  | 'deadlines/month'
  | 'deadlines/zones'
  | 'milestones/update'
  | 'milestones/extend'
  | 'milestones/bulk'
  | 'rules/list'
  | 'rules/update'
> = {
  'deadlines/list': (input, ctx) => deadlines(ctx.ledger, input),
  'deadlines/counts': (input, ctx) => {
    const asOf = input.asOf ?? todayInChina();
    return countDeadlines(deadlines(ctx.ledger, { asOf }), asOf);
  },
  // Reads every stored duty: beside the main thread when the door has a reader (as 首页's
  // summary), on the ledger's own connection when it has none or the reader cannot answer.
  'deadlines/glance': (input, ctx) =>
    ctx.reader
      ? ctx.reader.read('deadlines/glance', input).catch(() => deadlineGlance(ctx.ledger, input))
      : deadlineGlance(ctx.ledger, input),
  'deadlines/ics': (input, ctx) => deadlinesIcs(ctx.ledger, input),
  // A page and a month decide their rows from every stored duty's dates: beside the main
  // thread as the glance is; the rows shown are then read by id.
  'deadlines/page': (input, ctx) =>
    ctx.reader
      ? ctx.reader.read('deadlines/page', input).catch(() => deadlinePage(ctx.ledger, input))
      : deadlinePage(ctx.ledger, input),
  'deadlines/month': (input, ctx) =>
    ctx.reader
      ? ctx.reader.read('deadlines/month', input).catch(() => deadlineMonth(ctx.ledger, input))
      : deadlineMonth(ctx.ledger, input),
  'deadlines/zones': (input, ctx) => deadlineZoneChoices(ctx.ledger, input),
  'milestones/update': (input, ctx) => {
    updateMilestoneStatus(ctx.ledger, input);
    // Its record's duties decide whether it is history (the cycle's end), nothing else: the
    // whole list was 175,000 items at 100,000 records, read again for each click.
    const recordId = milestoneRow(ctx.ledger.db, input.id)?.record_id ?? null;
    const scope = recordId === null ? { id: input.id } : { recordId };
    const item = deadlines(ctx.ledger, { asOf: input.asOf, ...scope }).find(
      (m) => m.id === input.id,
    );
    if (!item) throw new AppError('milestone_not_found', `找不到编号为 ${input.id} 的期限节点。`);
    return item;
  },
  'milestones/extend': (input, ctx) => {
    setExtension(ctx.ledger, input);
    return deadlines(ctx.ledger, { recordId: input.recordId });
  },
  'milestones/bulk': (input, ctx) => bulkMilestones(ctx.ledger, input),
  'rules/list': (input, ctx) =>
    allRules(ctx.ledger.db)
      .filter((r) => input.programme === undefined || r.programme === input.programme)
      .map(toScheduleRule),
  'rules/update': (input, ctx) => {
    saveUserRule(ctx.ledger, input);
    return allRules(ctx.ledger.db).map(toScheduleRule);
  },
};
