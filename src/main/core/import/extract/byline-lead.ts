/**
 * A news paragraph's dateline and the reporters' bracket before its first sentence ("本报12月
 * 12日讯（记者 某某 通讯员 某某）", "某某网讯（记者某某）"): no words of the sentence. Its spaces
 * would cut the bracket into pieces, the last one glued to the place the sentence starts with
 * ("某某）某市某街道某社区日前被授予…"), so that place was never read.
 */
const BYLINE =
  /^[^\s，。,；;：:()（）]{0,24}?(?:讯|电)\s*[(（][^()（）]{0,60}?(?:记者|通讯员|实习生)[^()（）]{0,60}?[)）]\s*/;

/** Length of the dateline and byline the line starts with (0 when it starts with none). */
export function bylineLength(key: string): number {
  return BYLINE.exec(key)?.[0].length ?? 0;
}
