/**
 * A recognition that names its list by one body alone: "最终评选出深圳市罗湖区社会工作者协会等
 * 14家社会组织为2021年优秀社会组织", "某协会等17家社会组织被评为…", "公布某省某市民政局等14家
 * 单位提交的成果为…优秀案例". The notice itself names that body as one it confirms (the corpus
 * keeps a naming notice's first unit), so it is an entry at the place its name opens with; the
 * rest sit in a list the page does not show, and the group's count says so.
 *
 * What makes the clause a naming, not bodies in passing ("某协会等5家社会组织作了交流发言",
 * "…等5家社会组织为困难群众送去慰问品"): an honour verb right after the count's kind (被评为,
 * 入选, 获评…), or a conferring verb right before the name (评选出, 命名, 公布…) with 为 after
 * the kind. The same group cited again (its count and kind said twice) is one entry.
 *
 * One conferring verb may govern several groups of a sentence, each its own clause ("授予A公司等
 * 10家企业为…，“某某”等10位同志为…，B慈善会等10个公益慈善组织为…"): a clause that opens with
 * the name, after a comma of the sentence whose verb came before and named its own group 为…,
 * is named by that verb too.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ListDraft } from './drafts';
import { bodyAt, bodyItems, HONOURED_UNIT } from './listed-bodies';
import { overlapsRead } from './read-spans';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/** "等14家社会组织", "等23个单位": the count and the kind of body it counts. */
const CITED = new RegExp(
  `等\\s*${N}\\s*[家个]\\s*([\\u4e00-\\u9fff]{0,6}?(?:社会组织|组织|单位|机构|团体|企业))`,
  'g',
);
/** An honour said of the group right after its kind. */
const HONOUR_AFTER =
  /^\s*(?:均|分别|先后)?(?:被?评为|被授予|被命名为|被认定为|被确定为|入选|获评|荣获|榜上有名|光荣上榜)/;
/** A plain 为 a few words after the kind ("…单位提交的成果为…"), within the clause. */
const AS_AFTER = /^[^，,。；;：:！!？?\n为]{0,8}为/;
/** An organ's conferring verb right before the name. */
const CONFERRING = /(?:评选出|评出|选出|命名|授予|公布|确定|认定|表彰)(?:了)?$/;
/** The same verbs anywhere in a clause: the verb that governs the sentence's later clauses. */
const CONFERRED_IN = /评选出|评出|选出|命名|授予|公布|确定|认定|表彰/;
/**
 * The verb's own group named as something ("…等10家企业为最具爱心捐赠企业"): only then are the
 * later clauses its parallels. A group the verb only honours (表彰了A等10家企业，B等5个组织为活动
 * 提供志愿服务) leaves the next clause's 为 a story's "for".
 */
const NAMED_AS = new RegExp(`等\\s*${N}\\s*[家个位名项][^，,。；;：:！!？?\\n为]{0,8}为`);
/** Where a sentence ends: a verb never governs past these. */
const SENTENCE_STOP = /[。；;！!？?\n]/;
/** Where a clause starts: the name never runs across these. */
const CLAUSE_STOP = /[，,。；;：:！!？?、\n]/;

export function detectCitedFirstBody(
  doc: KeyedText,
  lookup: RegionLookup,
  read: readonly ListDraft[],
): ListDraft[] {
  const taken = overlapsRead(read);
  const lists: ListDraft[] = [];
  const cited = new Set<string>();
  for (const line of doc.lines) {
    for (const m of line.key.matchAll(CITED)) {
      const at = m.index ?? 0;
      const stated = parseNumber(m[1] ?? '');
      if (stated === null || stated < 2) continue;
      let from = at;
      while (from > 0 && !CLAUSE_STOP.test(line.key[from - 1]!)) from--;
      // A run of several names ("A、B等…") is listed-bodies' and honoured-body-runs'.
      if (from > 0 && line.key[from - 1] === '、') continue;
      const start = line.start + from;
      if (taken(start, line.start + at)) continue;
      const tail = line.key.slice(at + m[0].length);
      const before = line.key.slice(from, at);
      const honoured = HONOUR_AFTER.test(tail);
      if (!honoured && !AS_AFTER.test(tail)) continue;
      const name =
        nameAfterLead(before, start, lookup, !honoured) ??
        (!honoured && governedClause(line.key, from)
          ? bodyAt(before, start, lookup, HONOURED_UNIT)
          : null);
      if (!name) continue;
      // The same group told again (its count and kind) is the one list.
      const group = `${stated}|${m[2]}`;
      if (cited.has(group)) continue;
      cited.add(group);
      lists.push({
        layout: 'sentence',
        items: bodyItems(doc, [name]),
        start: name.start,
        end: name.end,
        lineIndexes: [line.index],
        categories: [{ name: m[2] ?? '', stated, found: 1, start: name.start, examples: true }],
      });
    }
  }
  return lists;
}

/**
 * Whether the clause starting at `from` follows a comma of a sentence whose conferring verb
 * came in an earlier clause ("授予A等10家企业为…，B等10个组织为…"): that verb names it too.
 */
function governedClause(key: string, from: number): boolean {
  if (from === 0 || !/[，,]/.test(key[from - 1]!)) return false;
  let start = from - 1;
  while (start > 0 && !SENTENCE_STOP.test(key[start - 1]!)) start--;
  const earlier = key.slice(start, from);
  const verb = CONFERRED_IN.exec(earlier);
  return verb !== null && NAMED_AS.test(earlier.slice(verb.index));
}

/**
 * The body's name closing `before`: at the clause's start, or right after a conferring verb
 * (which `conferred` requires).
 */
function nameAfterLead(
  before: string,
  start: number,
  lookup: RegionLookup,
  conferred: boolean,
): ReturnType<typeof bodyAt> {
  for (let i = 0; i <= before.length - 5; i++) {
    const lead = before.slice(0, i);
    if (conferred ? !CONFERRING.test(lead) : lead !== '' && !CONFERRING.test(lead)) continue;
    const name = bodyAt(before.slice(i), start + i, lookup, HONOURED_UNIT);
    if (name) return name;
  }
  return null;
}
