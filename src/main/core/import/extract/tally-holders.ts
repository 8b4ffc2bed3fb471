/**
 * "目前，延吉市已有北山街道丹英社区等25个村（社区）被评为…", "截至目前，我省已有A、B等5个县入选…": a
 * running total of a place's holdings so far (running-totals.ts) named by its first units. The
 * units were chosen over the years and listed then; this page only counts them, so the run is
 * no entry of it. The holding word must open the run's own clause: "截至目前，我市共有9个社区被
 * 命名为…，本次新增A、B" names this round's units after the tally, and "目前，A、B等3个社区已通过
 * 验收" or "近日，A等4个社区被评为…" hold nothing so far.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import type { KeyedText } from './text-key';

/** From the sentence's start through the run's first unit: so far, then held, in one clause. */
const HELD_SO_FAR =
  /^(?:据了解[，,]?)?(?:截至目前|截止目前|到目前为止|目前为止|截至今年|至今|迄今|目前)[，,]?[^，,。；;！？\n]{0,16}?(?:已有|已经有|共有|已拥有|拥有|累计有)[^，,。；;！？\n]*$/;

/** Right after the run: the count of the holdings ("等25个村", "共5个"). */
const COUNTED = new RegExp(
  `^[^，,。；;]{0,4}?(?:等|共)\\s*[${CHINESE_NUMERAL_CHARS}0-9]+\\s*(?:个|家|处|地|所|名)`,
);

/** Whether the run from `start` (its first unit ending at `firstEnd`) to `end` is held so far. */
export function heldSoFar(doc: KeyedText, start: number, firstEnd: number, end: number): boolean {
  const head = doc.key.slice(Math.max(0, start - 120), firstEnd);
  const sentence = head.slice(
    Math.max(...['。', '！', '？', '\n'].map((m) => head.lastIndexOf(m))) + 1,
  );
  return HELD_SO_FAR.test(sentence.trimStart()) && COUNTED.test(doc.key.slice(end, end + 24));
}
