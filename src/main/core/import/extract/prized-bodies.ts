/**
 * "其中，…获优秀慈善项目奖，紫金矿业集团股份有限公司获爱心捐赠企业(机构)奖，龙岩市李新炎慈善
 * 基金会获优秀慈善组织奖": an award's honourees told clause by clause, each body the clause
 * opens with, the award right after its verb (获 … 奖). A body named after its place (a
 * foundation, a charity federation, a company, a centre) so honoured is an entry at that
 * place; one with no place is left to the count (no place to file it, no invented one).
 *
 * What keeps passing mentions out: the clause must be the body and its award alone (a body
 * that only receives money, 获奖励资金, 获得奖补, or once won a prize, 曾获…, is no such clause),
 * and a grade of a contest alone (获一等奖, 获优秀奖, 获金奖) names no award of its own, nor does
 * the organiser's prize (某市民政局荣获优秀组织奖).
 */
import type { ListDraft } from './drafts';
import { bodyAt, bodyItems, HONOURED_UNIT } from './listed-bodies';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const CLAUSE = /[^，,。；;！!？?：:\n]+/g;
/** A word that may open the clause before the body ("其中"). */
const LEAD = /^\s*(?:其中|另外|此外|同时)?/;
/** The body, its verb, and the award's name up to 奖 (money as a reward is no award). */
const PRIZED =
  /^(.{5,30}?)(?:荣获|获得|获评|喜获|获)([^，,。；;、]{1,40}?)奖(?![补励金])(?:项)?\s*$/;
/**
 * A grade of a contest, no award's name; or the organiser's prize a contest gives the organ
 * that ran it (优秀组织奖), no honour of the body itself.
 */
const GRADE_ONLY =
  /^(?:[一二三四五六七八九十]+等|特等|优秀|优胜|金|银|铜|鼓励|提名|大|头等|单项|(?:优秀|最佳)?组织)$/;

export function detectPrizedBodies(
  doc: KeyedText,
  lookup: RegionLookup,
  read: readonly ListDraft[],
): ListDraft[] {
  const taken = read.flatMap((l) => l.items.map((it) => [it.start, it.end] as const));
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
    for (const m of line.key.matchAll(CLAUSE)) {
      const lead = LEAD.exec(m[0])?.[0].length ?? 0;
      const clause = m[0].slice(lead);
      const start = line.start + (m.index ?? 0) + lead;
      if (taken.some(([s, e]) => s < start + clause.length && e > start)) continue;
      const hit = PRIZED.exec(clause);
      if (!hit || GRADE_ONLY.test((hit[2] ?? '').trim())) continue;
      const name = bodyAt(hit[1] ?? '', start, lookup, HONOURED_UNIT);
      if (!name) continue;
      lists.push({
        layout: 'sentence',
        items: bodyItems(doc, [name]),
        start: name.start,
        end: name.end,
        lineIndexes: [line.index],
      });
    }
  }
  return lists;
}
