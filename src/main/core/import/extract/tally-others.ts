/**
 * "据了解，截至目前，我市已有国家级…示范村镇11个，除上述新入选的两家外，另外9家分别是A、B…": a
 * running total of a place's holdings (running-totals.ts) and then the others it holds beside
 * this notice's new ones, named to complete the tally. They were chosen in earlier rounds and
 * listed then; this notice does not list them again. Only a run named as "the others" in the
 * same sentence as the tally is one: "另外9家分别是…" after a sentence that counts no holdings
 * so far (全省评出12家，其中3家…，另外9家分别是…) names this notice's own units.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import { tallies } from './running-totals';
import type { KeyedText } from './text-key';

/** Right before the run, in its own clause: "另外9家分别是", "其余4个为". */
const OTHERS_NAMED = new RegExp(
  `(?:另外|其余|其他|另有)[${CHINESE_NUMERAL_CHARS}0-9]+(?:个|家|处|地|所)` +
    `[^，。；,;：:]{0,16}?(?:分别是|分别为)[:：]?$`,
);

/** Whether the run starting at `start` is the others of a running total in its sentence. */
export function othersOfTally(doc: KeyedText, start: number): boolean {
  const head = doc.key.slice(Math.max(0, start - 200), start);
  const sentence = head.slice(
    Math.max(...['。', '！', '？', '\n'].map((m) => head.lastIndexOf(m))) + 1,
  );
  const named = OTHERS_NAMED.exec(sentence);
  if (!named) return false;
  const before = sentence.slice(0, named.index);
  let at = 0;
  for (const clause of before.split(/(?<=[，,])/)) {
    if (tallies(before.slice(at))) return true;
    at += clause.length;
  }
  return false;
}
