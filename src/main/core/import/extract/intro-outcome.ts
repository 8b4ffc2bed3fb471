/**
 * A list whose lead-in names what befell its units, as a list's heading may (heading-outcome.ts):
 * the counted group the list spells out is the subject of 分别是 ("被摘牌的3家景区分别是：",
 * "11家被摘牌4A级旅游景区分别是:", "最新通过验收的12处国家湿地公园分别为"), or the sentence before
 * states the verdict on a counted group and the list follows it with 包括 or a 这N处 that points
 * back to it ("取消10家不合格的4A级景区资质。包括…", "…三省各有一处被取消试点资格。这三处试点分别是…").
 * The outcome is stated once for every unit the list names. A group only put forward (拟, 候选,
 * 推荐, 公示, 申报) or told as a condition or a duty (如, 若, 凡, 将, 应, 须) states none, nor does a
 * subject with no count (a list of all the programme's units, 获得称号的单位是…).
 */
import { outcomeIn, type Outcome } from './outcomes';

/** A line closing on the lead-in: its colon or a mark pointing down, then the line's end. */
const LINE_CLOSE = /[:：▼↓⬇👇\s]+$/u;
/** What ends a sentence: the list's lead-in lies after the last one before the list. */
const SENTENCE_END = /[。；;！!？?\n]/g;
/** The words that open the list: the group's subject, then 分别是/分别为, or 包括 opening the sentence. */
const LEAD_IN = /分别(?:是|为|有)|^\s*包括/;
/** A counted group of units: the list spells it out. */
const COUNTED = /[0-9一二两三四五六七八九十百]+\s*(?:家|个|处|所|批)/;
/** A subject that only points back to the group of the sentence before. */
const POINTS_BACK = /^(?:这|上述|以上|前述)[0-9一二两三四五六七八九十]*\s*(?:家|个|处|所)?/;
/** A group proposed, or a verdict told as a condition or a duty: nothing has happened yet. */
const NOT_DECIDED = /拟|候选|推荐|公示|申报|如果?|若|凡|将|应|须|要/;

/** The outcome a group's clause states, read as a list heading's is (的 dropped), or null. */
function groupOutcome(clause: string): Outcome | null {
  if (!COUNTED.test(clause) || NOT_DECIDED.test(clause)) return null;
  return outcomeIn(clause.replace(/的/g, ''));
}

/** Where the last sentence of `text` starts. */
function sentenceStart(text: string): number {
  let at = 0;
  for (const m of text.matchAll(SENTENCE_END)) at = (m.index ?? 0) + m[0].length;
  return at;
}

/**
 * The outcome the words before a list (`before`, the notice's key up to the list's start) state
 * for every unit in it, or null. A sentence may hold several lists (a province's run, then the
 * next's): the lead-in of the sentence speaks for each of them.
 */
export function introOutcome(lead: string): Outcome | null {
  // The lead-in may end its own line, with a mark pointing at the list below
  // ("最新通过验收的12处国家湿地公园分别为▼"): that line is still the sentence before the list.
  const before = lead.replace(LINE_CLOSE, '');
  const from = sentenceStart(before);
  const sentence = before.slice(from);
  const m = LEAD_IN.exec(sentence);
  if (!m) return null;
  // The group is the clause 分别是 closes, or the one right before when 分别是 opens its own
  // (…对3家景区作出摘牌处理，分别是): other clauses of the sentence may tell of other groups
  // (新增5家…，另有2家被取消资质，新增的5家分别是).
  const clauses = sentence.slice(0, m.index).split(/[，,]/);
  const own = clauses.pop()?.trim() ?? '';
  const subject = own !== '' ? own : (clauses.pop()?.trim() ?? '');
  if (subject !== '' && !POINTS_BACK.test(subject)) return groupOutcome(subject);
  // 包括 or 这N处: the last clause of the sentence before is the verdict on the group.
  // The group may be counted a clause or two before its verdict ("我省共有13家试点单位，经过验收，
  // 成功转正"): from the last clause that counts it to the sentence's end.
  const prior = before.slice(0, from).replace(/[。；;！!？?\s]+$/, '');
  const parts = prior.slice(sentenceStart(prior)).split(/[，,]/);
  const last = parts.map((c) => COUNTED.test(c)).lastIndexOf(true);
  return groupOutcome(parts.slice(last >= 0 ? last : parts.length - 1).join('，'));
}

/** A lead-in closing right before a unit: 分别是, 分别为, 分别有, perhaps with a colon. */
const LEAD_IN_BEFORE = /分别(?:是|为|有)[:：]?\s*$/;

/**
 * A list read on past the end of a sentence ("…三省各有一处被取消试点资格。这三处试点分别是A、B、C"
 * read with the provinces before it): the lead-in right before a unit in the list's middle
 * speaks for the units from there on, as it would had the list started at it.
 */
export function midListIntroOutcome(key: string, at: number): Outcome | null {
  const before = key.slice(Math.max(0, at - 300), at);
  return LEAD_IN_BEFORE.test(before) ? introOutcome(before) : null;
}
