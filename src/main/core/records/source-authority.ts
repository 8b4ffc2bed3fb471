/**
 * Whose word counts for a record's values. The programme's own confirmation (批复/名单)
 * outranks a later official notice (progress report, acceptance, extension, revocation),
 * which outranks news; a person's choice outranks them all. A later mention never replaces
 * a value with a weaker one; between equals the earlier-dated notice keeps its word, so the
 * ledger comes out the same whatever order the notices are imported in.
 */
import { createHash } from 'node:crypto';
import type { NoticeRole } from '../../../shared/notice-roles';

export const PERSON_AUTHORITY = 9;

export function authorityOf(role: string | null | undefined): number {
  switch (role as NoticeRole | null | undefined) {
    case 'confirmation':
      return 3;
    case 'news':
      return 1;
    default:
      return 2;
  }
}

/** A news item (or report told by others): a secondary source. */
export const isSecondary = (role: string | null | undefined) => authorityOf(role) === 1;

export interface ValueSource {
  authority: number;
  /** The notice's issue date, when it has one. */
  issuedOn: string | null;
  /** The order between equally dated equals (noticeTieBreak): never the import order. */
  tieBreak: string;
}

/**
 * The order between two notices of equal authority and date: the hash of the notice's text,
 * then of its file. Not the file's hash first: the same notice saved again (a PDF or Word
 * file carries the time it was written) would otherwise flip which copy keeps its word, so
 * the same notices imported twice would not give the same ledger.
 */
export function noticeTieBreak(text: string, fileSha: string): string {
  return `${createHash('sha256').update(text).digest('hex')}:${fileSha}`;
}

/** `a` speaks before `b` between equals: the earlier notice, then the lower tie-break. */
function earlier(a: ValueSource, b: ValueSource): boolean {
  if (a.issuedOn !== b.issuedOn) {
    if (a.issuedOn === null) return false;
    if (b.issuedOn === null) return true;
    return a.issuedOn < b.issuedOn;
  }
  return a.tieBreak < b.tieBreak;
}

const blank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * The fields that place a record in its programme and batch (项目, 年度, 批次). A notice naming
 * the record has spoken of them even where it leaves one unsaid (an undated confirmation has no
 * year): a blank one answers to the strongest notice naming the record (silentSource), so a
 * story never fills it in, and a story's value goes once an official notice names the record
 * without one, whichever came first.
 */
export const PLACING_FIELDS: ReadonlySet<string> = new Set(['programme', 'year', 'batch']);

/**
 * Fields a secondary source's value must not leave behind once an official one speaks: its
 * wording of a theme, and where it placed the record.
 */
const CLEARED_BY_OFFICIAL = new Set(['title', 'content', ...PLACING_FIELDS]);

/**
 * Fields whose blank answers to the notices naming the record: the placing fields, and the
 * title — a zone an official list names by its place alone has no title, and a story's wording
 * of its theme must not fill it in whichever notice came first. (A blank is stored as no value,
 * which has no source of its own to say whose silence it is.)
 */
const SILENCE_SPEAKS: ReadonlySet<string> = new Set([...PLACING_FIELDS, 'title']);

/**
 * Whose word a field's current value is: its own source, else for a blank placing field or
 * title the strongest notice naming the record (its silence), else none.
 */
export function silentSource(
  field: string,
  current: { value: unknown; source: ValueSource | null },
  strongest: () => ValueSource | null,
): ValueSource | null {
  if (current.source || !blank(current.value) || !SILENCE_SPEAKS.has(field)) return current.source;
  return strongest();
}

/**
 * What a new mention does to one field: keep the current value, or take the new one
 * (possibly empty: an official notice's silence clears a newspaper's wording of a theme).
 */
export function takesField(
  field: string,
  current: { value: unknown; source: ValueSource | null },
  incoming: { value: unknown; source: ValueSource },
): boolean {
  const cur = current.source;
  const inc = incoming.source;
  if (cur?.authority === PERSON_AUTHORITY) return false;
  if (blank(incoming.value)) {
    return (
      CLEARED_BY_OFFICIAL.has(field) &&
      !blank(current.value) &&
      cur !== null &&
      isSecondaryAuthority(cur.authority) &&
      !isSecondaryAuthority(inc.authority)
    );
  }
  if (blank(current.value) || cur === null) {
    // News never fills in what an official notice left unsaid.
    return !(isSecondaryAuthority(inc.authority) && cur !== null && cur.authority > 1);
  }
  if (inc.authority !== cur.authority) return inc.authority > cur.authority;
  return earlier(inc, cur);
}

const isSecondaryAuthority = (a: number) => a === 1;
