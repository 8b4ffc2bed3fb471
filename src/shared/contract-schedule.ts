/**
 * The schedule methods of the contract: 期限 (deadlines and their pages), milestones and rules.
 */
import { z } from 'zod';
import type { Milestone } from './domain';
import {
  DEADLINE_SECTIONS,
  type DeadlineMonth,
  type DeadlinePage,
  type DeadlineZones,
} from './deadline-pages';
import {
  EDITABLE_RULE_KINDS,
  type DeadlineCounts,
  type DeadlineGlance,
  type DeadlineItem,
  type IcsExport,
  type ScheduleRule,
} from './schedule';
import { isoDate, method, yearMonth } from './contract-schemas';
import { charsAtMost } from './text-limit';

export const scheduleMethods = {
  'deadlines/list': method<(Milestone & DeadlineItem)[]>()(
    z.strictObject({
      asOf: isoDate.optional(),
      withinDays: z.number().int().min(0).max(3660).optional(),
      /** One record's duties (a zone's timeline). */
      recordId: z.number().int().positive().optional(),
    }),
  ),
  'deadlines/page': method<DeadlinePage>()(
    z.strictObject({
      asOf: isoDate.optional(),
      section: z.enum(DEADLINE_SECTIONS),
      within: z.number().int().min(0).max(3660).default(30),
      month: yearMonth.optional(),
      filter: z.string().max(200).optional(),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(0).max(1000).default(200),
      ids: z.boolean().optional(),
    }),
  ),
  'deadlines/month': method<DeadlineMonth>()(
    z.strictObject({
      asOf: isoDate.optional(),
      month: yearMonth,
      filter: z.string().max(200).optional(),
    }),
  ),
  'deadlines/zones': method<DeadlineZones>()(
    z.strictObject({
      text: z.string().max(100).default(''),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  ),
  'deadlines/counts': method<DeadlineCounts>()(z.strictObject({ asOf: isoDate.optional() })),
  'deadlines/glance': method<DeadlineGlance>()(
    z.strictObject({
      asOf: isoDate.optional(),
      months: z.number().int().min(1).max(24).default(6),
    }),
  ),
  'deadlines/ics': method<IcsExport>()(
    z.strictObject({
      asOf: isoDate.optional(),
      withinDays: z.number().int().min(0).max(3660).optional(),
      recordId: z.number().int().positive().optional(),
      /** Completed and waived items are left out unless asked for. */
      includeDone: z.boolean().optional(),
    }),
  ),
  'milestones/update': method<DeadlineItem>()(
    z.strictObject({
      id: z.number().int().positive(),
      status: z.enum(['pending', 'done', 'waived']),
      note: charsAtMost(z.string(), 2000, '备注').nullable().optional(),
      asOf: isoDate.optional(),
    }),
  ),
  'milestones/extend': method<DeadlineItem[]>()(
    z.strictObject({
      recordId: z.number().int().positive(),
      until: isoDate.nullable(),
      note: charsAtMost(z.string(), 500, '备注').optional(),
    }),
  ),
  'milestones/bulk': method<{ changed: number }>()(
    z.strictObject({
      status: z.enum(['done', 'waived']),
      note: charsAtMost(z.string(), 500, '备注').nullable().optional(),
      ids: z.array(z.number().int().positive()).max(100_000).optional(),
      recordId: z.number().int().positive().optional(),
      programme: z.string().max(200).optional(),
      batch: z.string().max(100).optional(),
      dueBefore: isoDate.optional(),
    }),
  ),
  'rules/list': method<ScheduleRule[]>()(
    z.strictObject({ programme: z.string().max(200).optional() }),
  ),
  'rules/update': method<ScheduleRule[]>()(
    z.strictObject({
      id: z.number().int().positive().optional(),
      programme: z.string().max(200).nullable(),
      kind: z.enum(EDITABLE_RULE_KINDS),
      text: charsAtMost(z.string(), 500, '规则').optional(),
      params: z.record(
        z.string(),
        z.union([z.string().max(200), z.number(), z.boolean(), z.null()]),
      ),
      remove: z.boolean().optional(),
    }),
  ),
};
