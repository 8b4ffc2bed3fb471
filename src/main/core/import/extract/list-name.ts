/**
 * A list's own name from its heading, when the heading names no programme the notice confers
 * (涉嫌非法社会组织名单, 某某名录): the heading's words after its verb, without the document's.
 */
import { withoutShareBeforeList } from './share-before-list';
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import {
  ATTACHMENT_LABEL,
  BATCH,
  withoutDocTail,
  withoutScopeBeforeQuotedName,
  type Programme,
} from './programme';
import { keyOf, toKey } from './text-key';

const COUNT_AFTER_LIST = new RegExp(`(名单|名录)[0-9${CHINESE_NUMERAL_CHARS}]+(?:个|家|批|名).*$`);

const SCOPE_BEFORE_VERB = /^(国家|全国)(建设|创建)(?=[\u4e00-\u9fff]{4})/;

/**
 * The heading's own place in the page's outline ("二、全国文明单位名单", "（三）…", "2.…"): the
 * order of the list, not a word of its name, which two lists of one page must share with the
 * programme their other notices give.
 */
const HEADING_ORDINAL = new RegExp(
  `^(?:[${CHINESE_NUMERAL_CHARS}]{1,3}[,，]?[、.．]|\\([${CHINESE_NUMERAL_CHARS}]{1,3}\\)|[0-9]{1,2}[、.．](?![0-9]))`,
);

/** A tier of a graded title in brackets: stars (五星级), letters (AAAA级), a rank (一等) or a grade word. */
const TIER_BRACKET = new RegExp(
  `\\((?:[${CHINESE_NUMERAL_CHARS}1-5]\\s*星级?|[A-E]{1,5}\\s*级|[一二三四五甲乙丙特]等|优秀|良好|合格)\\)$`,
);

/** Words that only point at the list below (具体名单如下), not a name of it. */
const POINTER_ONLY = /^(?:具体|详细|完整|全部|最终|以下|下列|相关)$/;

const PURPOSE_OPENING = /^(为了|为能|为进一步|为更好|根据|按照|依据)/;

/**
 * A headline of clauses set apart by spaces, the list first and then the news of a unit on it
 * ("第二批某某县名单公布 某县榜上有名 系某市唯一"): the list's name is in its first clause; the
 * clauses after it tell who is on the list.
 */
function listClause(heading: string): string {
  const clauses = toKey(heading).trim().split(/\s+/);
  const [first, ...rest] = clauses;
  if (!first || rest.length === 0) return heading;
  const named = /(名单|名录)[\u4e00-\u9fff]{0,2}$/.test(first) && first.length >= 8;
  return named && rest.every((c) => c.length >= 4 && !/名单|名录/.test(c)) ? first : heading;
}

/** A list's own name from its heading when it names no programme (涉嫌非法社会组织名单). */
export function listName(heading: string | null | undefined): Programme | null {
  // A headline that exclaims or asks ("全国示范！某县2个村入选") tells news; it names no list.
  if (!heading || /[!?！？]/.test(heading)) return null;
  let key = keyOf(listClause(heading))
    .replace(/^#+/, '')
    .replace(ATTACHMENT_LABEL, '')
    .replace(HEADING_ORDINAL, '');
  // A sentence opened by its purpose or ground ("为能高质量完成…", "根据…") names no list.
  if (PURPOSE_OPENING.test(key)) return null;
  // Whose share or which part of the list a bracket after the list word tells ("…拟命名名单
  // （浙江）", "…名单（部分）"): the name is before the list word, and the step word before
  // it ("拟命名") stays a step, not the frame of a name made of the bracket.
  key = key.replace(/(名单|名录)\([\u4e00-\u9fff]{1,8}\)$/, '$1');
  // …and what an organ does with the list ("我区公示一批拟命名…名单", "此前某省已认定首批…",
  // "某市拟推荐…名单", "命名表扬某某名单"):
  // the frame before the name — the last such word with a name after it, not a step word
  // after the name ("…拟认定名单", "…拟评定公示名单").
  // A publishing verb with nothing after it ("…名单公布") still ends the heading's frame: then
  // nothing is left to name a list, as a headline that only says a list is out names none.
  const lastFirst = [
    ...key.matchAll(/关于|公布|发布|印发|确认|认定(?!工作)|公示|一批|命名为?|表扬|推荐/g),
  ].reverse();
  const frame =
    lastFirst.find((m) => withoutDocTail(key.slice((m.index ?? 0) + m[0].length)).length >= 4) ??
    lastFirst.find((m) => /^(?:关于|公布|发布|印发|确认)$/.test(m[0]));
  if (frame) key = key.slice((frame.index ?? 0) + frame[0].length);
  // A headline telling who entered the list names it whole ("…名单 39个城市入选"): the
  // count and verb after the list word are the news, not the name.
  key = key.replace(COUNT_AFTER_LIST, '$1');
  // "A省5市新入选…名单", "A、B入选…名单", "A省2区升为全国…示范区": the units and their verb
  // go; the list is what follows.
  const entered =
    /.*(入选|入围|上榜|列入|纳入|升格为|晋升为|升为|跻身|获评|被(?:评|命名|确定|认定|列)为)/.exec(
      key,
    );
  if (entered && key.length - entered[0].length >= 4) key = key.slice(entered[0].length);
  // The words introducing the list ("四川拟入选名单如下：") are no part of a name.
  key = key.replace(/如下.*$/, '');
  // A count, a pointer or the list's order in brackets after the name ("（21个）", "（名单附后）",
  // "（排名不分先后）", "（按行政区划排序）") is not the name.
  key = key.replace(/\([^()]*(个|名单|附后|附件|先后|排序)[^()]*\)$/, '');
  // So is the tier the list holds of a graded title ("…核心示范区（五星级）", "（AAAA级）", "（一等）"):
  // the stars or grade each unit got, not the title, which the tiers of one list share.
  key = key.replace(TIER_BRACKET, '');
  // So is a count of other things listed ("（共10篇）" conventions, "（12家）" bodies).
  key = key.replace(new RegExp(`\\(共?[0-9${CHINESE_NUMERAL_CHARS}]+(?:篇|家|份|项)\\)$`), '');
  key = withoutScopeBeforeQuotedName(
    withoutDocTail(withoutShareBeforeList(key.replace(/(的通知|的公告|的公示|的通报)$/, ''))),
  );
  // A heading that is only a document word ("拟命名名单") or the tail of a name broken
  // across lines ("村（社区）”名单") names no list of its own.
  if (key.length < 2 || !balanced(key) || /^[()“”"、]/.test(key)) return null;
  // "具体名单如下", "详细名单如下": a word pointing at the list below names nothing.
  if (POINTER_ONLY.test(key)) return null;
  // "266个村落名单": a heading that counts what it lists names nothing of its own.
  if (/^[0-9]+\s*个/.test(key)) return null;
  // "全省166个儿童友好社区": the count after the scope word is the list's size, not its name.
  key = key.replace(/^(全国|全省|全市|全区|全县|省级|市级)[0-9]+个/, '$1');
  const batchMatch = BATCH.exec(key);
  if (batchMatch) key = key.replace(batchMatch[0], '');
  const yearMatch = /((?:19|20)\d{2})年度?/.exec(key);
  // As for a programme: a year in front of a title conferred on units is the year's round,
  // not part of the title ("2017年度广西特色名村名单"); a yearly collection keeps it.
  if (
    yearMatch?.index === 0 &&
    key.length - yearMatch[0].length >= 4 &&
    !/案例|经验|工作法$/.test(key)
  )
    key = key.slice(yearMatch[0].length);
  // "国家建设…" and "建设国家…" are one programme: its lists write the verb first.
  key = key.replace(SCOPE_BEFORE_VERB, '$2$1');
  // A name quoted whole is that name, without its quotes.
  key = key.replace(/^[“"]([^“”"]+)[”"]$/, '$1');
  return key.length >= 2
    ? { name: key, year: yearMatch ? Number(yearMatch[1]) : null, batch: batchMatch?.[0] ?? null }
    : null;
}

/** Brackets and quotes that open and close within the text. */
function balanced(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0;
}
