/**
 * An enumeration that is the object of a sanction, as a re-check of graded units reports one:
 * "对A景区、B景区等3家5A级景区给予严重警告", "给予A、B等3家景区严重警告", "对A、B、C 8家4A级景区
 * 给予通报批评", "对A由4A级降为3A级". The units named after 对 are what the decision acts on —
 * the entries of the notice, as an assessment's objects are (assessed-objects.ts) — never the
 * subject of an activity. A warning or a criticism is no status (outcomes read what the words
 * state); only the reading of the places as entries is given here.
 */

/** The sanction words, right after 给予/予以/作出 (or the grade lowered, 由4A级降为3A级). */
const SANCTION = '(?:严重警告|警告|通报批评|批评|摘牌|降级|黄牌警告)';

/**
 * 对, the places, then the verb and its sanction: up to 160 characters of enumeration and the
 * group's count and noun before the verb, within one sentence, and no second 对 before it — in
 * "对A、B进行督导，对工作不力的予以通报批评" the sanction falls on others, the places were only
 * looked at.
 */
const OBJECT_SANCTIONED = new RegExp(
  `^[^。；;]{0,12}?对(?:(?!对)[^。；;]){2,160}?(?:(?:给予|予以|作出|做出)[^，。；;,]{0,4}?${SANCTION}|由[0-9A-Za-z]{1,2}级降为)`,
);

/**
 * 给予 the places then the sanction ("给予A、B等3家5A级景区严重警告"): the enumeration is the
 * object of the verb, the sanction closing it after the group's count and noun.
 */
const GIVEN_SANCTION = new RegExp(
  `^[^。；;]{0,12}?给予[^。；;]{2,160}?等[^。；;，,]{0,16}?${SANCTION}`,
);

/** Whether the text from a list's opening piece reports a sanction on what it names. */
export function reportsSanction(key: string): boolean {
  return OBJECT_SANCTIONED.test(key) || GIVEN_SANCTION.test(key);
}
