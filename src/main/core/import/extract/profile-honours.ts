/**
 * What a profile says a unit already holds is its standing, not the programme the page is
 * about: an honour won before ("该县曾荣获…", "先后被评为…", "多次获得…") and a run of titles the
 * unit is ("蒙阴县…是全国生态示范县、全国果品生产十强县、全国果品生产龙头县"). A page naming no
 * programme of its own otherwise would take the first such title as its programme.
 */

/** An honour told as won before the page's own news, up to the sentence's end. */
const WON_BEFORE =
  /(?:曾经?|先后|多次|此前|已先后)(?:于?[0-9]{4}年)?(?:荣获|获得|获评|荣膺|被评为|被命名为|被授予|被确定为|被认定为|入选)[^。；;\n]*/g;
/**
 * A run of two titles or more a unit is ("是A、B、C"), up to the clause's end. A title followed
 * by a colon heads the units it names ("…是全国示范社区：A、B、C"): no run of titles.
 */
const TITLES_HELD = /是(?:[^。；;，,、：:\n]{4,30}、)+[^。；;，,、：:\n]{4,30}(?![：:])/g;
/**
 * The page's own act in the sentence before "是" ("经专家评审，某社区是A、B"): the page
 * confirming what the unit is, not a profile telling what it was.
 */
const OWN_ACT = /经[^。；;\n]{0,30}?(?:评审|审核|审定|评定|研究|考核|认定)|确定|决定|命名/;

/** The text without the honours its profiles say units already hold (each cut to a stop). */
export function withoutProfileHonours(text: string): string {
  return text.replace(WON_BEFORE, '。').replace(TITLES_HELD, (run: string, at: number) => {
    const opens = Math.max(...['。', '；', ';', '\n'].map((stop) => text.lastIndexOf(stop, at)));
    return OWN_ACT.test(text.slice(opens + 1, at)) ? run : '。';
  });
}
