/**
 * "其中，…获优秀慈善项目奖，紫金矿业集团股份有限公司获爱心捐赠企业(机构)奖，龙岩市李新炎慈善
 * 基金会获优秀慈善组织奖": an award's honourees told clause by clause, each body the clause
 * opens with, the award right after its verb (获 … 奖). A body named after its place (a
 * foundation, a charity federation, a company, a centre) so honoured is an entry at that
 * place; one with no place is no entry (no place to file it, no invented one), and where a
 * sibling clause was read it is said (unreadPrizedClauses), never dropped in silence.
 *
 * What keeps passing mentions out: the clause must be the body and its award alone (a body
 * that only receives money, 获奖励资金, 获得奖补, or once won a prize, 曾获…, is no such clause),
 * and a grade of a contest (获一等奖, 获大赛二等奖, 获团体金奖) names no award of its own, nor does
 * the organiser's prize (某市民政局荣获优秀组织奖). The clause is told in a sentence: a line that is
 * the clause alone is a headline, a link under 相关新闻 or a breadcrumb, no telling. A sentence
 * led by a past time (2015年，…; 十年前，…; 此前，…) retells an earlier award, a mention of its
 * round, never an entry of the notice.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import type { ListDraft } from './drafts';
import { bodyAt, bodyItems, HONOURED_UNIT, type Name } from './listed-bodies';
import { overlapsRead } from './read-spans';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

const CLAUSE = /[^，,。；;！!？?：:\n]+/g;
/** A word that may open the clause before the body ("其中"). */
const LEAD = /^\s*(?:其中|另外|此外|同时)?/;
/** The body, its verb, and the award's name up to 奖 (money as a reward is no award). */
const PRIZED =
  /^(.{5,30}?)(?:荣获|获得|获评|喜获|获)([^，,。；;、]{1,40}?)奖(?![补励金])(?:项)?\s*$/;
/** A contest's grade the award's name ends with (…大赛二等奖, 团体金奖), no award's own name. */
const GRADE = /(?:[一二三四五六七八九十]+等|特等|头等|优胜|金|银|铜|鼓励)$/;
/**
 * A grade alone, no award's name; or the organiser's prize a contest gives the organ that ran
 * it (优秀组织奖), no honour of the body itself.
 */
const GRADE_ONLY = /^(?:优秀|提名|大|单项|(?:优秀|最佳)?组织)$/;
/** Marks a sentence carries: a line with none is a headline, a link or a breadcrumb. */
const TOLD = /[，,。；;！!？?]/;
const SENTENCE_STOP = /[。；;！!？?\n]/;
/** A sentence's opening clause that dates it before the notice (2015年, 十年前, 此前, 去年). */
const PAST_LEAD =
  /^\s*(?:早在)?(?:(?:19|20)[0-9]{2}\s*年(?!\s*[0-9一二三四五六七八九十]{1,2}\s*月|度)|[0-9一二三四五六七八九十两几多]+\s*年(?:前|来)|此前|去年|前年|当年|曾经|以往|过去)/;
/** A unit's name whatever its place: what a clause with no place still names. */
const UNIT_NAME = new RegExp(`^[^\\s“”"]{4,30}?${HONOURED_UNIT.source}`);

interface PrizedClause {
  line: Line;
  /** Where the clause starts (its lead word skipped) and ends, in the document. */
  start: number;
  end: number;
  /** The honoured body: the text before the verb. */
  body: string;
  name: Name | null;
}

/** The clauses of `doc` that tell a body's award, each with its body placed where it can be. */
function prizedClauses(doc: KeyedText, lookup: RegionLookup): PrizedClause[] {
  const out: PrizedClause[] = [];
  for (const line of doc.lines) {
    if (line.trimmed === '' || !TOLD.test(line.key)) continue;
    for (const m of line.key.matchAll(CLAUSE)) {
      const lead = LEAD.exec(m[0])?.[0].length ?? 0;
      const clause = m[0].slice(lead);
      const at = (m.index ?? 0) + lead;
      const hit = PRIZED.exec(clause);
      const award = (hit?.[2] ?? '').trim();
      if (!hit || GRADE_ONLY.test(award) || GRADE.test(award)) continue;
      let from = at;
      while (from > 0 && !SENTENCE_STOP.test(line.key[from - 1]!)) from--;
      if (PAST_LEAD.test(line.key.slice(from, at))) continue;
      const body = hit[1] ?? '';
      const start = line.start + at;
      out.push({
        line,
        start,
        end: start + clause.length,
        body,
        name: bodyAt(body, start, lookup, HONOURED_UNIT),
      });
    }
  }
  return out;
}

export function detectPrizedBodies(
  doc: KeyedText,
  lookup: RegionLookup,
  read: readonly ListDraft[],
): ListDraft[] {
  const taken = overlapsRead(read);
  const lists: ListDraft[] = [];
  for (const { line, start, end, name } of prizedClauses(doc, lookup)) {
    if (!name || taken(start, end)) continue;
    lists.push({
      layout: 'sentence',
      items: bodyItems(doc, [name]),
      start: name.start,
      end: name.end,
      lineIndexes: [line.index],
    });
  }
  return lists;
}

/**
 * Never silent: an honouree whose name carries no place (紫金矿业集团股份有限公司获…奖), told
 * beside a clause that was read, is said with where it is: the award names more than the
 * notice yields. A clause whose honouree is no unit (a project, a person) loses nothing said
 * here, and one read by another reader is no loss.
 */
export function unreadPrizedClauses(
  doc: KeyedText,
  lookup: RegionLookup,
  lists: readonly ListDraft[],
): NoticeWarning[] {
  const clauses = prizedClauses(doc, lookup);
  const taken = overlapsRead(lists);
  const readIn = (c: PrizedClause): boolean => taken(c.start, c.end);
  return clauses
    .filter(
      (c) =>
        !c.name &&
        UNIT_NAME.test(c.body.trim()) &&
        !readIn(c) &&
        clauses.some((o) => o.line === c.line && o.name && readIn(o)),
    )
    .map((c) => ({
      code: 'unread_list',
      message: `“${c.body.trim()}”获奖，名称中没有所在地区，未录入，请核对后补录`,
      start: c.start,
      end: c.end,
    }));
}
