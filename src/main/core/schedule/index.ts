/**
 * The schedule, pure: rules → milestones for one record or notice, deadline status as of
 * a date, reminders and calendar files. Reading and writing the ledger is the app's
 * (src/main/app/schedule).
 */
export { countDeadlines } from './deadline-list';
export { todayInChina } from './dates';
