/**
 * A list under a heading naming the round told above it: "…发布《关于公示第二批某示范区
 * 名单的公告》，共有N家创建单位入选。其中，某省甲、乙位列公示名单。…\n第二批某示范区
 * 公示名单\n北京市\n昌平区…" — the page lists the round as a whole, so the round's total told
 * above the heading is that list's count, whatever share the story told first.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
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

/**
 * The round's units counted by their first in the clause naming it: "…评定“某家庭农场”等238家
 * 家庭农场为“2023年省级示范家庭农场”" (个, 家, 处 or 项 after 等).
 */
const BY_FIRST = new RegExp(
  `等(?:在内的)?\\s*([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:个|家|处|项)`,
);

interface RoundCount {
  /** Where the count's words start in the text above. */
  at: number;
  /** The count, when told by the round's first units (等N家): no total's words to weigh. */
  byFirst?: number;
}

/** Where the count of the round named at `at` starts, or null. */
function countNaming(above: string, at: number): RoundCount | null {
  const from = Math.max(...[...'，,。；;！!？?\n：:'].map((c) => above.lastIndexOf(c, at))) + 1;
  const clauseEnd = above.slice(at).search(/[，,。；;！!？?\n：:]/);
  const clause = above.slice(from, clauseEnd < 0 ? undefined : at + clauseEnd);
  const inClause = statedCountAt(clause);
  if (inClause) return { at: from + inClause.at };
  const first = BY_FIRST.exec(clause);
  const n = first ? parseNumber(first[1] ?? '') : null;
  if (first && n !== null && n >= 2 && n <= 2000) return { at: from + first.index, byFirst: n };
  const sentenceEnd = above.slice(at).search(/[。；;！!？?\n]/);
  const after = statedCountAt(above.slice(at, sentenceEnd < 0 ? undefined : at + sentenceEnd));
  return after ? { at: at + after.at } : null;
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
  let total: RoundCount | null = null;
  for (let at = above.indexOf(round); at >= 0 && !total; at = above.indexOf(round, at + 1))
    total = countNaming(above, at);
  if (!total) return null;
  if (total.byFirst !== undefined) return total.byFirst;
  // A share counted after the round's total is the list's count (命名999个…。某省25个社区上榜);
  // one told without its count leaves the whole round, which the heading lists.
  const told = above.slice(total.at);
  const count = scopeCount(told);
  return count === 'share' ? (statedCountAt(told)?.n ?? null) : count;
}

/**
 * A list counted group by group ("忻州市（17家）" over its farms) right under the heading naming
 * the whole round ("2023年省级示范家庭农场名单"): the round's total told above that heading
 * ("…等238家家庭农场为“2023年省级示范家庭农场”") counts the whole list, which the groups' own
 * counts fall short of where whole groups are missing (a page cut after its first group).
 */
export function roundCountAboveGroups(docKey: string, firstGroup: number): number | null {
  const before = docKey.slice(0, firstGroup);
  // Only a group heading on a line of its own: a group named inside a sentence has no heading.
  if (!/(?:^|\n)[^\S\n]*$/.test(before)) return null;
  const trimmed = before.replace(/\s+$/, '');
  const from = trimmed.lastIndexOf('\n') + 1;
  return roundCountAboveHeading(
    docKey,
    trimmed.slice(from),
    docKey.slice(from, firstGroup),
    firstGroup,
  );
}
