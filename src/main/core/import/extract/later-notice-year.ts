/**
 * The year (年度) of the records a later notice names. A confirmation's own date is its batch's
 * year; a progress report's, an acceptance's, an extension's, a revocation's or a story's tells
 * only when it was written, often years after the batch was named (a 2021 report on the zones
 * of 2019). So a year such a notice gives its units from its own date or 文号 alone is no fact
 * the sources state: the record's year is left blank, while the join still ranks a unit of
 * several batches by the notice's year (the latest confirmed no later than it). A later notice
 * states the year only in its words: its programme written with its year (read before this),
 * or the confirming document it cites by title and 文号 (根据《…确认为…实验区的批复》
 * （民函〔2019〕41号）), whose year is the batch's — when the documents it cites so agree on one.
 */
import { LATER_ROLES, type NoticeRole } from '../../../../shared/notice-roles';
import { nationalBase, programmeStem } from '../../records/programme-name';
import { programmeIn } from './programme';
import type { KeyedText } from './text-key';
import type { ExtractedRecord } from './types';

/** A cited title, then its 文号 in brackets: 《…》（民函〔2019〕41号）. */
const CITED_DOCUMENT =
  /《([^《》]{4,150})》\s*[(（]\s*[\u4e00-\u9fff]{1,12}\s*[〔[［]\s*((?:19|20)\d{2})\s*[〕\]］]\s*第?\s*\d{1,5}\s*号\s*[)）]/g;

/** A title that names or confirms units of a programme, not one that calls for applications. */
const CONFIRMS = /确认|公布|命名|批复|名单|认定|确定/;
const CALLS = /申报|推荐|遴选|征集|开展/;
/**
 * A title whose year is no batch's: a later act on units already named (an acceptance's
 * results, an extension, a revocation) or rules and plans (认定办法, 实验方案的批复).
 */
const NO_BATCH = /验收|结项|评估|考核|督查|延期|撤销|退出|摘牌|办法|细则|规定|标准|方案|指南/;

/** The confirmation a later notice cites: its year, and the programmes its title names. */
export interface CitedConfirmation {
  year: number;
  /** Empty when no title names its programme: then the year is every record's. */
  programmes: string[];
}

/** The one year of the confirming documents the notice cites by 文号, with their programmes. */
export function citedConfirmation(doc: KeyedText): CitedConfirmation | null {
  const years = new Set<number>();
  const programmes: string[] = [];
  for (const m of doc.key.matchAll(CITED_DOCUMENT)) {
    const title = m[1] ?? '';
    if (!CONFIRMS.test(title) || CALLS.test(title) || NO_BATCH.test(title)) continue;
    years.add(Number(m[2]));
    const named = programmeIn(title, null)?.name;
    if (named) programmes.push(named);
  }
  return years.size === 1 ? { year: [...years][0]!, programmes } : null;
}

/** The one year of the confirming documents the notice cites by 文号, or null. */
export function citedConfirmationYear(doc: KeyedText): number | null {
  return citedConfirmation(doc)?.year ?? null;
}

/** A programme's name compared without its scope, its levels and its unit word. */
const core = (name: string): string => nationalBase(programmeStem(name));

/**
 * Whether the cited confirmation is of the record's programme. A notice on several programmes
 * (an acceptance of one, a progress report naming another's units) cites the confirmation of
 * one: its year is that programme's batch's, no other's. A province's own name in front of the
 * programme ("某省社区治理…") is the same programme written with its place.
 */
function citesProgramme(cited: CitedConfirmation, programme: string | null): boolean {
  if (cited.programmes.length === 0 || programme === null) return true;
  const own = core(programme);
  return cited.programmes.some((p) => {
    const c = core(p);
    return c === own || (c.length >= 6 && own.endsWith(c)) || (own.length >= 6 && c.endsWith(own));
  });
}

/**
 * A zone's year a later notice writes with the programme in its own year of issue ("2023年全国…
 * 实验区结项验收", issued in 2023): the year of the check's round, not of the batch — a unit is
 * never confirmed and accepted in one year of a cycle of years. It goes as a date-read year does.
 */
function roundYear(r: ExtractedRecord, issuedYear: number | null): boolean {
  return r.kind === 'zone' && issuedYear !== null && r.year === issuedYear;
}

/**
 * The records as a notice of `role` names them: a later notice's year read from its own date
 * alone goes (kept as the join's noticeYear), or becomes the cited confirmation's year.
 */
export function laterNoticeYears<R extends ExtractedRecord>(
  doc: KeyedText,
  role: NoticeRole,
  records: R[],
  /** The year the notice was issued, when its text dates it. */
  issuedYear: number | null = null,
): R[] {
  const later = LATER_ROLES.has(role);
  const ownRound = (r: R): boolean => later && roundYear(r, issuedYear);
  if (!records.some((r) => r.yearOfNotice || ownRound(r))) return records;
  const cited = later ? citedConfirmation(doc) : null;
  return records.map((r) => {
    if (!r.yearOfNotice && !ownRound(r)) return r;
    const { yearOfNotice: _told, ...rest } = r;
    if (!later || r.year === null) return rest as R;
    // Zones are confirmed by an act of their own, years before a report on them; cases and
    // observation points a later page presents are its own (a department's site publishing
    // observation points, seed 002), and its date is their year, as the seeds' gold labels it.
    const year = cited && citesProgramme(cited, r.programme) ? cited.year : null;
    if (r.kind !== 'zone' && year === null) return rest as R;
    return { ...rest, year, noticeYear: r.year } as R;
  });
}
