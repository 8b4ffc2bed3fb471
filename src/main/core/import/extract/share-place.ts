/**
 * "其中，重庆市渝中区3个社区上榜，分别是七星岗街道甲社区、上清寺街道乙社区、…": a place and a
 * count of its units sum up and list nothing themselves, but the same sentence goes on to name
 * those units after 分别是 / 分别为. The units named there are that place's share, so a street or
 * township written without its county lies in the counted place — never in a county elsewhere
 * whose short name its own name happens to open with (七星岗街道 read as 七星区's).
 */
import type { Piece } from './prose-labels';
import { toKey } from './text-key';

/** A count of units ("3个", "十家"). */
const COUNT = '[0-9一二三四五六七八九十两]+\\s*[个家]';
/**
 * The count's clause, then 分别是/分别为 before the sentence ends — with no other count between
 * ("某区2个社区上榜，某区1个，分别是…": the units named next are both places', not the first's).
 */
const NAMED_AFTER = new RegExp(
  `^(?:[^。；;！!？?\\n]{0,8}?${COUNT})?(?:(?!${COUNT})[^。；;！!？?\\n]){0,30}?分别(?:是|为)`,
);

/** Whether the words after a place's count go on to name the counted units in the same sentence. */
export function namesShareAfter(afterCount: string): boolean {
  return NAMED_AFTER.test(toKey(afterCount));
}

/**
 * "被摘牌的辽宁3家4A级景区分别是沈阳…、铁岭市…": the count's clause runs straight into its first
 * unit, no colon or comma after 分别是. The count and the units are two pieces, as when a comma
 * parts them ("辽宁3家景区被摘牌，分别是…"), so the first unit is read as the share's first entry,
 * not lost inside the count's piece. Only a place's count (a name right before it): "这5个村分别
 * 是…", "…的9个小区分别为…" and a count with nothing before it are read as they were.
 */
const SHARE_RUN_ON = new RegExp(
  `^((?![^，,。；;]*?(?:这|此|上述|以上))[^，,。；;]*?[\\u4e00-\\u9fff]{2}(?<![的有共这此])${COUNT}[^，,。；;：:]{0,16}?)(?=分别(?:是|为)[\\u4e00-\\u9fff])`,
);

export function splitShareRunOn(pieces: Piece[]): Piece[] {
  return pieces.flatMap((p) => {
    const m = SHARE_RUN_ON.exec(toKey(p.text));
    if (!m) return [p];
    const at = m[1]!.length;
    return [
      { text: p.text.slice(0, at), start: p.start, sep: '，' },
      { text: p.text.slice(at), start: p.start + at, sep: p.sep },
    ];
  });
}
