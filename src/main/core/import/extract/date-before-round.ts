/**
 * A phrase that opens on the day something was published and then names a round by its year
 * ("2013年8月5日对外公布2013年度国家智慧城市试点名单"): the date's year is the day's, the name
 * starts at the round's year. A date is a year followed by its month; only a later year, never a
 * batch word, takes the name's start from it — the date's year stays the round's where no other
 * year is written ("2019年3月公布的第二批…": 2019 is the batch's).
 */
const YEAR_WORD = /^(?:19|20)[0-9]{2}年/;
const MONTH_NEXT = /^[0-9一二三四五六七八九十]{1,2}月/;

const isDate = (phrase: string, m: RegExpMatchArray): boolean =>
  YEAR_WORD.test(m[0]) && MONTH_NEXT.test(phrase.slice((m.index ?? 0) + m[0].length));

/**
 * The first of `start`'s matches in `phrase` (a name's year or batch word), or the first year
 * after it that is no date's when that first is a date's year; null when none.
 */
export function nameStartPastDate(phrase: string, start: RegExp): RegExpMatchArray | null {
  const starts = [...phrase.matchAll(new RegExp(start.source, 'g'))];
  const first = starts[0];
  if (!first || !isDate(phrase, first)) return first ?? null;
  return starts.find((m) => YEAR_WORD.test(m[0]) && !isDate(phrase, m)) ?? first;
}
