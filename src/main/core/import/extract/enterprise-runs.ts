/**
 * Enterprises a story names in one run of prose after the words that open a list ("…予以除名。
 * 它们分别是：A有限公司、B庄园、…、C渔场，这些企业将被收回…证牌", "认定为…龙头企业的分别为：A、B"):
 * each a company, farm or cooperative by its registered name, the programme's unit itself, so its
 * name is the entry's title, kept whole, at the place its name opens with (as enterprise-lines.ts
 * reads them a line each). What the run's sentence, or the sentence it points back to (它们, 这些,
 * 其), says befell them (予以除名, 撤销, 收回…证牌) is each one's outcome.
 *
 * Only a run of two names or more, every one ending with an enterprise's word, in a paragraph
 * that names a designation or its loss (命名, 认定, 龙头, 示范, 除名, 撤销): companies listed for
 * anything else — bidders (中标单位分别为…), attendees (参会企业包括…), organisers — are no
 * entries. A name no place opens keeps no place: none is invented for it.
 */
import { sentenceList, type ItemDraft, type ListDraft } from './drafts';
import { ENTERPRISE, placeOpening } from './enterprise-lines';
import { clauseOutcome } from './clause-outcome';
import { NO_STANDING } from './outcomes';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The words that open the run, its colon optional ("分别是：", "名单如下：", "包括"). */
const OPENS = /(?:分别是|分别为|名单如下|依次是|依次为|包括)\s*[:：]?\s*/g;
/** Where a clause opens: a run of enterprises may be its subject. */
const CLAUSE_START = /(?:^|[，,。；;：:])\s*/g;
/**
 * The verb a run of enterprises as the subject is made a programme's units by ("A、B被递补为…",
 * "…均被认定为…", "…入选…"): without it the run is only talked about.
 */
const MADE_AS =
  /^\s*(?:均|都|已|也)?(?:被|获)?(?:递补|认定|命名|评定|评|列|确定|确认|增补)为|^\s*(?:均|都|已|也)?(?:成功)?入选/;
/** The paragraph speaks of a programme's units being named or losing their standing. */
const DESIGNATION = new RegExp(
  `命名|认定|评定|龙头|示范|入选|监测合格|除名|撤销|取消[^。；;]{0,12}?${NO_STANDING}资格|摘牌`,
);
/** Lists of companies for anything else: bidders, suppliers, attendees, organisers, sponsors. */
const OTHER_ROLE = /中标|供应商|投标|参会|参展|与会|主办|承办|协办|赞助|采购|招标/;
/**
 * A policy or a plan naming companies as examples of what it wants more of (培育一批示范企业，包括…,
 * 鼓励…带动): no unit is named by it.
 */
const EXAMPLES = /培育|鼓励|引导|带动|打造|力争|例如|比如/;
/** A sentence that points back to the units the one before it named (它们分别是, 这些企业是). */
const POINTS_BACK = /^(?:它们|其|这些[\u4e00-\u9fff]{0,4}|上述[\u4e00-\u9fff]{0,4})?\s*$/;
const SENTENCE_END = /[。！？!?]/;
/** A registered name's closing word, and the estates and works a prose list names alongside. */
const isEnterprise = (name: string): boolean =>
  ENTERPRISE.test(name) || /(?:庄园|酒庄|[^工]厂)$/.test(name);

interface Name {
  text: string;
  at: number;
}

/** Where an enterprise's name ends right before the verb that makes it a unit; null if nowhere. */
function madeAsCut(piece: string): number | null {
  for (let i = piece.length - 1; i >= 4; i--)
    if (isEnterprise(piece.slice(0, i)) && MADE_AS.test(piece.slice(i))) return i;
  return null;
}

/** The names of the run starting at `from` in `key`, and where the run ends; null when none. */
function runOf(key: string, from: number): { names: Name[]; end: number } | null {
  const names: Name[] = [];
  let at = from;
  for (;;) {
    const rest = key.slice(at);
    const m = /^([^、，,。；;：:！？!?\s“”"]{3,40})(?:\s*(、|和|及|以及)\s*)?/.exec(rest);
    if (!m) break;
    let name = m[1]!;
    let sep = m[2] ?? '';
    // "A有限公司和B有限公司": the joining word inside the piece is a separator when both halves
    // are enterprises.
    const joined = /^(.+?)(?:和|及|以及)(.+)$/.exec(name);
    if (joined && isEnterprise(joined[1]!) && isEnterprise(joined[2]!)) {
      names.push({ text: joined[1]!, at });
      at += name.length - joined[2]!.length;
      name = joined[2]!;
    }
    if (!isEnterprise(name)) {
      // The last name runs on into the verb that makes them units ("…有限公司被递补为…").
      const cut = madeAsCut(name);
      if (cut === null) return null;
      names.push({ text: name.slice(0, cut), at });
      return names.length >= 2 ? { names, end: at + cut } : null;
    }
    names.push({ text: name, at });
    at += m[0].length;
    if (!sep) break;
    sep = '';
  }
  return names.length >= 2 ? { names, end: at } : null;
}

/** The sentence around [start, end) in `key`: from the last end before to the next after. */
function sentenceBefore(key: string, at: number): { own: string; previous: string } {
  const before = key.slice(0, at);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--)
    if (SENTENCE_END.test(before[i]!)) {
      cut = i;
      break;
    }
  const own = before.slice(cut + 1);
  let prevCut = -1;
  for (let i = cut - 1; i >= 0; i--)
    if (SENTENCE_END.test(before[i]!)) {
      prevCut = i;
      break;
    }
  return { own, previous: cut >= 0 ? before.slice(prevCut + 1, cut) : '' };
}

export function detectEnterpriseRuns(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index) || !DESIGNATION.test(line.trimmed)) continue;
    const key = line.trimmed;
    const items: ItemDraft[] = [];
    const starts = [
      ...[...key.matchAll(OPENS)].map((open) => ({
        at: open.index ?? 0,
        from: (open.index ?? 0) + open[0].length,
        subject: false,
      })),
      ...[...key.matchAll(CLAUSE_START)].map((m) => ({
        at: (m.index ?? 0) + m[0].length,
        from: (m.index ?? 0) + m[0].length,
        subject: true,
      })),
    ];
    for (const { at, from, subject } of starts) {
      const run = runOf(key, from);
      if (!run || (subject && !MADE_AS.test(key.slice(run.end)))) continue;
      if (items.some((item) => item.start === line.trimmedStart + from)) continue;
      const { own, previous } = sentenceBefore(key, at);
      const tailEnd = key.slice(run.end).search(SENTENCE_END);
      const tail = key.slice(run.end, tailEnd < 0 ? key.length : run.end + tailEnd);
      // The run's subject sentence names the designation in its verb (被递补为…龙头企业).
      const told = own + previous + (subject ? tail : '');
      const clause = own + (subject ? tail : '');
      if (OTHER_ROLE.test(clause) || EXAMPLES.test(clause) || !DESIGNATION.test(told)) continue;
      const lead = POINTS_BACK.test(own) ? previous : own;
      const outcome = clauseOutcome(tail) ?? clauseOutcome(lead);
      for (const name of run.names)
        items.push({
          seq: null,
          start: line.trimmedStart + name.at,
          end: line.trimmedStart + name.at + name.text.length,
          regionText: placeOpening(name.text, lookup),
          title: name.text,
          enterprise: true,
          ...(outcome ? { outcome } : {}),
          warnings: [],
        });
    }
    const list = items.length >= 2 ? sentenceList(items) : null;
    if (list) lists.push({ ...list, lineIndexes: [line.index] });
  }
  return lists;
}
