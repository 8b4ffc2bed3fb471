/**
 * The schedule, pure: rules → milestones for one record or notice, deadline status as of
 * a date, reminders and calendar files. Reading and writing the ledger is the app's
 * (src/main/app/schedule).
 */
export { countDeadlines, deadlineOf, statusAsOf, withinDays } from './deadline-list';
export { milestonesToIcs } from './ics';
export { desiredForRecord, horizonYear } from './record-plan';
export { todayInChina } from './dates';
