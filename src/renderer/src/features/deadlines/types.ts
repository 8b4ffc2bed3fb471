/** The shapes the deadline views read, taken from the contract (never from the backend's modules). */
import type { MethodOutput } from '../../../../shared/contract';

export type DeadlineItem = MethodOutput<'deadlines/list'>[number];
export type ScheduleRule = MethodOutput<'rules/list'>[number];
