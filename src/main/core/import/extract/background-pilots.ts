/**
 * "去年，我市在江岸区、江汉区开展居家养老服务试点，取得良好成效": a pilot told as the past of a
 * notice about something else (a meeting, this year's work, a new rule). The places carried it
 * out before — last year, earlier, since some year — and the notice gives them nothing: their
 * pilot, if the ledger holds it, was made by its own list. So the places of such a sentence are
 * no entries. A sentence deciding the pilot itself ("去年，经研究，确定A、B开展…试点": 确定, 同意,
 * 批准…) is the list, and a pilot still to come (今年, 将) is no past: both stay. So does a
 * past pilot whose verdict the notice gives ("2021年以来，A、B开展…试点，经验收，均已通过验收",
 * or the next sentence's "上述地区通过验收"): the notice is about those places after all.
 */
import { carriedPilot } from './carried-pilot';
import { clauseOutcome } from './clause-outcome';
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';

/** A time in the past opening the sentence: last year, earlier, since a year, in years gone by. */
const PAST_OPENING =
  /^(?:去年|前年|上年度?|此前|之前|以前|早前|早在|过去|往年|前些年|[^，,。；;]{0,10}?(?:以来|年来))/;
/** A decision in the sentence's lead: the sentence confirms the places, whatever its time. */
const DECIDES = /确定|同意|批准|批复|选定|遴选|确认|认定|命名|列为|纳入|公布|决定/;
/** How far before the list its sentence's opening is looked for. */
const REACH = 60;

/** The lead of the sentence the list starts in: from the sentence's start to the list. */
function sentenceLead(key: string, at: number): string {
  const before = key.slice(Math.max(0, at - REACH), at);
  const end = Math.max(...['。', '；', ';', '！', '？', '\n'].map((c) => before.lastIndexOf(c)));
  return before.slice(end + 1).trim();
}

/** Words pointing back at the places just listed (上述地区, 以上单位, 这些试点). */
const BACK_REFERENCE =
  /^[^。；;！？!?\n]{0,20}?(?:上述|以上|前述|这些|这[0-9一二两三四五六七八九十]*[家个处])/;

/** Whether the rest of the list's sentence, or a next one naming the places again, gives a verdict. */
function verdictGiven(key: string, end: number): boolean {
  const [rest = '', next = ''] = key.slice(end, end + 200).split(/[。！？!?\n]/);
  return (
    clauseOutcome(rest) !== null || (BACK_REFERENCE.test(next) && clauseOutcome(next) !== null)
  );
}

/** The clause after the list's last unit: what the places do. */
function clauseAfter(key: string, end: number): string {
  return /^[^，。；,;：:！？!?\n]*/.exec(key.slice(end))![0];
}

export function withoutBackgroundPilots(doc: KeyedText, lists: ListDraft[]): ListDraft[] {
  return lists.filter((list) => {
    if (list.layout !== 'sentence') return true;
    const lead = sentenceLead(doc.key, list.start);
    if (!PAST_OPENING.test(lead) || DECIDES.test(lead)) return true;
    return carriedPilot(clauseAfter(doc.key, list.end)) === null || verdictGiven(doc.key, list.end);
  });
}
