/**
 * A list under a heading naming the round told above it: "…发布《关于公示第二批某示范区
 * 名单的公告》，共有N家创建单位入选。其中，某省甲、乙位列公示名单。…\n第二批某示范区
 * 公示名单\n北京市\n昌平区…" — the page lists the round as a whole, so the round's total told
 * above the heading is that list's count, whatever share the story told first.
 */
import { statedCountAt } from './counts';
import { provinceByName } from './provinces';
import { scopeCount } from './share-counts';

/** How far above the heading the round's total is looked for. */
const REACH = 800;

/** A heading that is a list's name alone: "第二批…示范区公示名单", "…名录（第一批）". */
const LIST_NAME =
  /^(.{4,40}?)(?:拟?公示|拟命名|认定|推荐)?(?:名单|名录)\s*(?:[(（]([^()（）]{0,12})[)）])?$/;

/** The story's own place or a share heading the list: "我省入选名单", "其中…". */
const SHARE_HEAD = /^(?:其中|我|本)|入选|上榜|入围/;

/** Words between the heading and the list: a group's own count there counts the group. */
const GROUP_COUNT = /[0-9一二三四五六七八九十]+\s*(?:个|家|项|处)/;

/** Where the count of the round named at `at` starts, or -1. */
function countNaming(above: string, at: number): number {
  const from = Math.max(...[...'，,。；;！!？?\n：:'].map((c) => above.lastIndexOf(c, at))) + 1;
  const clauseEnd = above.slice(at).search(/[，,。；;！!？?\n：:]/);
  const inClause = statedCountAt(above.slice(from, clauseEnd < 0 ? undefined : at + clauseEnd));
  if (inClause) return from + inClause.at;
  const sentenceEnd = above.slice(at).search(/[。；;！!？?\n]/);
  const after = statedCountAt(above.slice(at, sentenceEnd < 0 ? undefined : at + sentenceEnd));
  return after ? at + after.at : -1;
}

export function roundCountAboveHeading(
  docKey: string,
  heading: string | null,
  scope: string,
  listStart: number,
): number | null {
  if (!heading) return null;
  const name = LIST_NAME.exec(heading.replace(/\s+/g, ''));
  const round = name?.[1];
  if (!round || SHARE_HEAD.test(heading)) return null;
  // Only the list right under the heading, no group line or other list between them.
  const between = scope.slice(scope.indexOf('\n') + 1);
  if (between.trim().length > 20 || GROUP_COUNT.test(between)) return null;
  // "…监测合格名单（湖北）", "…名单\n（贵州省）": the heading names a place's part of the round.
  // A bracketed line only: a bare province line is the first group of the whole list.
  const marks = [
    name[2] ?? '',
    ...between.split('\n').flatMap((l) => /^\s*[(（](.*)[)）]\s*$/.exec(l)?.[1] ?? []),
  ];
  if (marks.some((m) => provinceByName(m) || /^[\u4e00-\u9fff]{2,10}[省市州盟]$/.test(m)))
    return null;
  const headingStart = listStart - scope.length;
  const above = docKey.slice(Math.max(0, headingStart - REACH), headingStart);
  // The round told above in the heading's own words, published: "公示第二批…示范区名单".
  if (!above.includes(round) || !/公布|公示|发布|印发|命名|认定|确定/.test(above)) return null;
  // The round's count is told in the clause naming it ("…等11个项目为“某示范项目”"), or after
  // it in its sentence ("…名单的公告》，共有97家创建单位入选"): the first naming that tells one.
  let total = -1;
  for (let at = above.indexOf(round); at >= 0 && total < 0; at = above.indexOf(round, at + 1))
    total = countNaming(above, at);
  if (total < 0) return null;
  // A share counted after the round's total is the list's count (命名999个…。某省25个社区上榜);
  // one told without its count leaves the whole round, which the heading lists.
  const told = above.slice(total);
  const count = scopeCount(told);
  return count === 'share' ? (statedCountAt(told)?.n ?? null) : count;
}
