/**
 * A story telling a unit's acceptance of an earlier year in the sentence naming it ("宜都市2019年
 * 开展…试点，2020年通过验收" on a 2021 page; "去年…开展试点，今年通过验收"): the acceptance is
 * dated by the year the sentence gives it, not by the page telling it later. A past year dates it
 * at the day written with it, else the last day of the month written with it, else the year's
 * last day (by then it had passed: the page's day would date it a year or more late, and a
 * year's state is taken as of its end, as a division's is); the page's own year keeps the page's
 * day. Only the sentence naming the unit dates its
 * outcome: an acceptance told in another sentence, or with no year, is left as read. Only a
 * story (`issuedOn` given for one only): a notice's own lines on its units' past (X区自…至…为…
 * 实验区，2024年9月通过…验收) are the notice's record of them, dated by it.
 */
import { isoDate, lastDay } from './dates';
import type { Outcome } from './outcomes';
import type { KeyedText } from './text-key';

/** The acceptance, right after the clause that may date it. */
const ACCEPTED = /(?:顺利)?通过(?:了)?[^。；;，,]{0,12}?验收|验收合格/g;
/** The year opening or ending the acceptance's clause: written, or said relative to the page. */
const CLAUSE_YEAR = /((?:19|20)[0-9]{2})年(?:([0-9]{1,2})月)?(?:([0-9]{1,2})日)?|(今年|去年|前年)/;
const RELATIVE: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 前年: -2 };

interface ToldDay {
  year: number;
  month: number | null;
  day: number | null;
}

/** The year (and month, day) the sentence at `at` gives the acceptance of the unit it names there. */
function acceptanceDay(key: string, at: number, pageYear: number): ToldDay | null {
  const from = Math.max(key.lastIndexOf('。', at), key.lastIndexOf('\n', at)) + 1;
  const stop = key.slice(at).search(/[。\n]/);
  const sentence = key.slice(from, stop < 0 ? key.length : at + stop);
  const unitAt = at - from;
  for (const m of sentence.matchAll(ACCEPTED)) {
    if (m.index < unitAt) continue;
    const clauseStart =
      Math.max(sentence.lastIndexOf('，', m.index), sentence.lastIndexOf(',', m.index)) + 1;
    const clause = sentence.slice(Math.max(clauseStart, unitAt), m.index);
    const y = CLAUSE_YEAR.exec(clause);
    if (!y) return null;
    if (!y[1]) return { year: pageYear + RELATIVE[y[4]!]!, month: null, day: null };
    return {
      year: Number(y[1]),
      month: y[2] ? Number(y[2]) : null,
      day: y[3] ? Number(y[3]) : null,
    };
  }
  return null;
}

/** The records' acceptances dated by the earlier year their own sentence gives, in a story dated `issuedOn`. */
export function outcomesInToldYears<R extends { outcome?: Outcome; span: { start: number } }>(
  doc: KeyedText,
  records: R[],
  issuedOn: string | null,
): R[] {
  if (!issuedOn) return records;
  const pageYear = Number(issuedOn.slice(0, 4));
  return records.map((r) => {
    if (r.outcome?.status !== '已验收' || r.outcome.on) return r;
    const told = acceptanceDay(doc.key, r.span.start, pageYear);
    if (told === null || told.year >= pageYear) return r;
    const on = toldOn(told);
    return on ? { ...r, outcome: { ...r.outcome, on } } : r;
  });
}

/** The day an acceptance told by its year, month or day is dated at: the last one it may be. */
function toldOn({ year, month, day }: ToldDay): string | null {
  if (month === null) return `${year}-12-31`;
  return isoDate(year, month, day ?? lastDay(year, month));
}
