/**
 * When a programme's experiment is over, as far as the ledger knows: the day the last of its
 * records' cycles ends (the latest final report, acceptance or re-acceptance of any of them —
 * an extension moves those, an acceptance closes them). A call's yearly application round
 * (每年9月底前) planned after that day is no longer outstanding: the zones it recruited have
 * reported and been accepted, and a programme that goes on says so in a new call, which plans
 * its own rounds. Known only when every live record of the programme has a planned cycle end:
 * a record without one (its confirmation undated, no cycle rule) could still be running, and a
 * round is then kept rather than dropped on a guess.
 */
import { deadlineOf } from './deadline-list';

/** The duties that end a record's cycle. */
export const CYCLE_END_KINDS: readonly string[] = ['final_report', 'acceptance', 're_acceptance'];

export interface CycleDuty {
  recordId: number;
  programme: string | null;
  /** null for a record with no planned cycle-ending duty (it still counts: see above). */
  kind: string | null;
  dueOn: string | null;
  endOn?: string | null;
}

/** Programme → the last day of its records' cycles, for the programmes where every record has one. */
export function programmeEnds(duties: readonly CycleDuty[]): Map<string, string> {
  const recordEnd = new Map<number, { programme: string; end: string | null }>();
  for (const d of duties) {
    if (d.programme === null) continue;
    const ends = d.kind !== null && CYCLE_END_KINDS.includes(d.kind) && d.dueOn !== null;
    const end = ends ? deadlineOf({ dueOn: d.dueOn!, endOn: d.endOn }) : null;
    const had = recordEnd.get(d.recordId);
    const best = had?.end && (!end || had.end > end) ? had.end : end;
    recordEnd.set(d.recordId, { programme: d.programme, end: best });
  }
  const out = new Map<string, string | null>();
  for (const { programme, end } of recordEnd.values()) {
    const had = out.get(programme);
    if (had === null) continue;
    out.set(programme, end === null ? null : had === undefined || end > had ? end : had);
  }
  return new Map([...out].filter((e): e is [string, string] => e[1] !== null));
}
