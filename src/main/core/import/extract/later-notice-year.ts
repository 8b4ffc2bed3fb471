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

/** The one year of the confirming documents the notice cites by 文号, or null. */
export function citedConfirmationYear(doc: KeyedText): number | null {
  const years = new Set<number>();
  for (const m of doc.key.matchAll(CITED_DOCUMENT)) {
    const title = m[1] ?? '';
    if (CONFIRMS.test(title) && !CALLS.test(title) && !NO_BATCH.test(title))
      years.add(Number(m[2]));
  }
  return years.size === 1 ? [...years][0]! : null;
}

/**
 * The records as a notice of `role` names them: a later notice's year read from its own date
 * alone goes (kept as the join's noticeYear), or becomes the cited confirmation's year.
 */
export function laterNoticeYears<R extends ExtractedRecord>(
  doc: KeyedText,
  role: NoticeRole,
  records: R[],
): R[] {
  if (!records.some((r) => r.yearOfNotice)) return records;
  const later = LATER_ROLES.has(role);
  const cited = later ? citedConfirmationYear(doc) : null;
  return records.map((r) => {
    if (!r.yearOfNotice) return r;
    const { yearOfNotice: _told, ...rest } = r;
    if (!later || r.year === null) return rest as R;
    // Zones are confirmed by an act of their own, years before a report on them; cases and
    // observation points a later page presents are its own (a department's site publishing
    // observation points, seed 002), and its date is their year, as the seeds' gold labels it.
    if (r.kind !== 'zone' && cited === null) return rest as R;
    return { ...rest, year: cited, noticeYear: r.year } as R;
  });
}
