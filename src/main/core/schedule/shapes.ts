/** The schedule's contract shapes live in shared (the contract imports them); re-exported for the schedule's own modules. */
export type * from '../../../shared/schedule';
