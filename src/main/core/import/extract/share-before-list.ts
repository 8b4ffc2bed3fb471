/**
 * A place's share named between a programme and its list ("第一批国家森林乡村汉中入选名单",
 * "…示范村四川名单"): the city or province whose units the list holds, not a word of the
 * programme's name. Only a prefecture-level city written without its 市 or a province's name
 * (short or full) counts as the place, so a name's own last words are never cut.
 */
import { isPrefectureStem } from './prefectures';
import { provinceByName } from './provinces';

const SHARE_THEN_LIST = /([\u4e00-\u9fff]{2,8}?)((?:入选|入围|上榜|获评)?名单)$/;

const isSharePlace = (s: string): boolean =>
  isPrefectureStem(s) || isPrefectureStem(s.replace(/市$/, '')) || provinceByName(s) !== null;

/** The phrase without the place's share before its list, or the phrase itself. */
export function withoutShareBeforeList(phrase: string): string {
  const m = SHARE_THEN_LIST.exec(phrase);
  if (!m) return phrase;
  const before = phrase.slice(0, m.index) + m[1]!;
  // The place is the last two to four characters (five with 市 or 省 written) before the list.
  for (let n = 2; n <= 5 && n < before.length - 4; n++) {
    const place = before.slice(-n);
    if (isSharePlace(place)) return before.slice(0, -n) + m[2]!;
  }
  return phrase;
}
