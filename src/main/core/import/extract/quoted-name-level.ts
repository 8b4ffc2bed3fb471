/**
 * A level written after a name quoted whole ("被确定为“深化乡村地名服务 点亮美好家园”省级试点地区",
 * "“某某”国家级示范区"): the quotes give the programme's own name, the level word after them how
 * high it is conferred, as a level before the name does ("省级“…”试点"). The level is moved in
 * front, where a programme's scope is read, so the name is not cut at it: read there, the name
 * would start at the level and be only its generic ending (省级试点, no name). A space inside
 * the quotes ("深化乡村地名服务 点亮美好家园", two phrases of one slogan) is no break of the name.
 */

/** A quoted name of four characters or more, then a level word and the unit word ending the name. */
const LEVEL_AFTER_QUOTES = /[“"]([^“”"]{4,})[”"](省级|市级|县级|国家级)(?=[\u4e00-\u9fff]{2,8}$)/u;

/** The phrase with a level word written after its quoted name moved before it. */
export function withLevelBeforeQuotedName(phrase: string): string {
  const m = LEVEL_AFTER_QUOTES.exec(phrase);
  if (!m) return phrase;
  const at = m.index ?? 0;
  return `${phrase.slice(0, at)}${m[2]}“${m[1]}”${phrase.slice(at + m[0].length)}`;
}

/** The phrase with the spaces inside its quoted names taken out. */
export function withoutSpacesInQuotes(phrase: string): string {
  return phrase.replace(/[“"]([^“”"]{2,})[”"]/gu, (whole: string, name: string) =>
    whole.replace(name, name.replace(/[ \u3000]+/g, '')),
  );
}
