/**
 * A place's name written before the round that opens a programme's name ("湖南省第一批…典型案例",
 * "确定某区为锦州市2021年社工站建设试点地区"): the place is the name's own, the batch or year
 * between them only the round. The name is read with the round first ("第一批湖南省…",
 * "2021年锦州市…"), so that the round, cut where a name starts at it, leaves the place on.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';

const BATCH = `第[0-9${CHINESE_NUMERAL_CHARS}]+[批届]|首[批届]`;
const YEAR = '(?:19|20)[0-9]{2}年度?';
/** Not before a national scope: the place's share of a national round keeps its round first. */
const OWN_NAME_AFTER = '(?=(?!全国|国家)[\\u4e00-\\u9fff]{4})';
/**
 * A city's name right after the frame's verb (为, 入选, 列入…) or at the phrase's start, and no
 * longer than a city's name: a wider match would take the frame's own words ("某区为锦州市").
 * Words that only end like a city name none: a scope (各市州, 全市, 本市), a kind of city
 * (示范城市) or an alliance (产业联盟).
 */
/** A province's whole name: 湖北省, 内蒙古自治区, 广西壮族自治区. */
const PROVINCE = '(?![各全本该我每])[\\u4e00-\\u9fff]{2,3}?省|[\\u4e00-\\u9fff]{2,6}?自治区';
const CITY = '(?![各全本该我每])[\\u4e00-\\u9fff]{2,4}?(?:(?<!城)市|自治州|(?<!市)州|(?<!联)盟)';
const CITY_THEN_YEAR = new RegExp(`(^|为|入选|列入|成为|获评)(${CITY})(${YEAR})${OWN_NAME_AFTER}`);

/** The phrase with its place and round swapped where the place's own name follows the round. */
export function roundBeforePlace(phrase: string, province: string | null): string {
  let out = phrase;
  // The notice's own province before a batch (the province is known, so its name is exact).
  if (province && out.includes(province))
    out = out.replace(
      new RegExp(`^${province}(${BATCH})${OWN_NAME_AFTER}`),
      (_, batch: string) => batch + province,
    );
  // Any province written whole before a batch, at the start or after the frame's verb
  // ("被确定为湖北省第二批婚俗改革实验区"): the province owns the programme, the batch is its round
  // (a name that writes its own scope after the batch, 省级…, keeps it).
  out = out.replace(
    new RegExp(`(?<=^|[为选入获得予评])(${PROVINCE})(${BATCH})(?!省级|全省)${OWN_NAME_AFTER}`),
    (_, named: string, batch: string) => batch + named,
  );
  // The province's bare scope before its round, at the start or after the frame's verb
  // ("荣获省首届“十佳…”称号"): the scope is the name's, a bare 省 its 全省 written short.
  out = out.replace(
    new RegExp(`(?<=^|[为选入获得予评])(省|全省|省级)(${BATCH})${OWN_NAME_AFTER}`),
    (_, scope: string, batch: string) => batch + (scope === '省' ? '全省' : scope),
  );
  // A city before the round's year: the year names the round, the city the programme's place.
  return out.replace(
    CITY_THEN_YEAR,
    (_, lead: string, city: string, year: string) => lead + year + city,
  );
}
