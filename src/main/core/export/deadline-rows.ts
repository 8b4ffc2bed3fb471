/**
 * What each row of the deadline sheets says and where it goes. A leader reads the sheet for
 * what is still to do: outstanding duties (overdue, then pending, by due date) fill 时限提醒,
 * and duties done, waived or long past (历史事项) go to their own sheet, newest first — on a
 * ledger holding zones confirmed years ago they were two hundred grey rows of 2015–2018 in
 * front of the few that mattered. Every row names whose duty it is: the unit and the
 * programme with its batch, or for a duty of a whole call (申报截止) the programme its notice
 * names, in its sender's province, and 各有关单位, never blank cells a reader cannot place.
 */
import type { LedgerRecord, Milestone } from '../../../shared/domain';
import { PROVINCES } from './provinces';
import { programmeLabel } from './summary-counts';

/** What the sheets need of a notice a duty comes from. */
export interface DeadlineNoticeInfo {
  docNo: string | null;
  title: string | null;
  /** The programme and batch the notice names (a call's duty is theirs). */
  programme?: string | null;
  batch?: string | null;
  /** Who sent it: a provincial department's call is that province's. */
  issuer?: string | null;
}

/** Whose duty a row is when no record is: everyone the notice addresses, as 公文 say it. */
export const WHOLE_CALL_UNIT = '各有关单位';

/** Done, waived or history: the leader has nothing left to do about it. */
export const isClosed = (m: Milestone): boolean =>
  m.status === 'done' || m.status === 'waived' || m.historical === true;

/** Overdue (not history) before pending; then by due date. */
const urgency = (m: Milestone, asOf: string): number =>
  m.status === 'overdue' || (m.endOn ?? m.dueOn) < asOf ? 0 : 1;

/**
 * The outstanding duties, most urgent first, and the closed ones, newest first; ties in
 * official order of their records (`tie`), then by id so the order is stable.
 */
export function splitDeadlines<M extends Milestone>(
  milestones: readonly M[],
  asOf: string,
  tie: (a: M, b: M) => number,
): { open: M[]; closed: M[] } {
  const open = milestones.filter((m) => !isClosed(m));
  const closed = milestones.filter(isClosed);
  open.sort(
    (a, b) =>
      urgency(a, asOf) - urgency(b, asOf) ||
      a.dueOn.localeCompare(b.dueOn) ||
      tie(a, b) ||
      a.id - b.id,
  );
  closed.sort((a, b) => b.dueOn.localeCompare(a.dueOn) || tie(a, b) || a.id - b.id);
  return { open, closed };
}

/** "programme（batch）", the batch (or year) added only where the name does not hold it. */
export function programmeWithBatch(
  programme: string | null | undefined,
  batch: string | null | undefined,
  year?: number | null,
): string {
  const name = programme?.trim() ?? '';
  const b = batch?.trim() ?? '';
  const extra =
    b && !name.includes(b) ? b : !b && year && !name.includes(String(year)) ? `${year}年` : '';
  if (!name) return extra;
  return extra ? `${name}（${extra}）` : name;
}

/** The programme a row's duty belongs to: its record's, else its notice's. */
export function dutyProgramme(
  m: Milestone,
  record: LedgerRecord | undefined,
  notice: DeadlineNoticeInfo | undefined,
): string {
  if (record) return programmeWithBatch(programmeLabel(record), record.batch, record.year);
  const named = programmeWithBatch(notice?.programme, notice?.batch);
  if (named) return named;
  // A notice naming no programme is known by its title (依据 gives its 文号 beside it).
  const title = notice?.title?.trim() ?? '';
  return title ? `《${title.length > 30 ? `${title.slice(0, 29)}…` : title}》` : '';
}

/** The notice of a duty that has no record: its own, else the one its rule comes from. */
export function dutyNotice<N>(m: Milestone, notices: ReadonlyMap<number, N>): N | undefined {
  const id = m.noticeId ?? m.rule.noticeId;
  return id === null ? undefined : notices.get(id);
}

/**
 * The province of a whole call: its sender's, when the sender is a provincial organ written
 * with the province's full name (吉林省民政厅). A short name is not enough: 吉林市民政局 is a
 * city's, and the Ministry's calls are every province's.
 */
export function issuerProvince(notice: DeadlineNoticeInfo | undefined): string {
  const issuer = notice?.issuer?.trim() ?? '';
  return PROVINCES.find((p) => issuer.startsWith(p.name))?.name ?? '';
}
