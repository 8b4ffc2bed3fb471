/**
 * The province's own scope word in a programme's name (全省, 我省, 本省, a bare 省 after its
 * frame): the province's name when the notice gives it; 全省 kept when it never names the
 * province; nothing before a national name or the speaking province's count of its units.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';

/** The speaking province counting its own units before the name (我省2个…, 我省三县…). */
const SPEAKER_COUNT = new RegExp(
  `^(?:我省|本省)(?=[0-9${CHINESE_NUMERAL_CHARS}]+(?:个|家|所|处|县|市|区|镇|地))`,
);

export interface ProvinceScope {
  /** The phrase with the scope word read: the province's name, or nothing. */
  phrase: string;
  /** A scope word was read (the name is the province's own). */
  own: boolean;
  /** The speaking province counted its units before the name. */
  counted: boolean;
  /** 全省 goes back in front once the name is cleaned (the province is never named). */
  keep: boolean;
}

export function readProvinceScope(text: string, province: string | null): ProvinceScope {
  let phrase = text;
  // A bare 省 opening the name after its frame ("我区通过省…实验区验收", "获省…称号") is the
  // province's scope word, written short: the province's name when the notice gives it.
  if (province)
    phrase = phrase.replace(/^省(?![级委厅直属内外份会长])(?=[\u4e00-\u9fff]{4})/, '全省');
  // The speaking province counting its units before the name ("我省2个…示范园获…", "我省三县…")
  // owns those units: it is no scope of the name.
  const counted = SPEAKER_COUNT.test(phrase);
  if (counted) phrase = phrase.replace(SPEAKER_COUNT, '');
  const own = /全省|我省|本省/.exec(phrase);
  // Without the province's name the scope word stays, written 全省: dropped, it would leave
  // the bare name of no level at all, which no list of the province goes by.
  // …unless a national name follows it (我省三地入选…国家…): then it names who joined.
  const national = own
    ? /^(?:国家|全国|中国)/.test(phrase.slice(own.index + own[0].length))
    : false;
  // The kept 全省 goes back in front only once the name is cleaned: in place it would hide
  // the name's opening year, count or pointing word (我省2031年度…, 全省各…) from the steps
  // that read them at the start.
  if (own) phrase = phrase.replace(own[0], province && !phrase.includes(province) ? province : '');
  return { phrase, own: own !== null, counted, keep: own !== null && !province && !national };
}
