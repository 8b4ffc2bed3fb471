/**
 * A yearly round written inside a programme's name, after its scope and stem ("国家智慧城市2014年度
 * 试点", "…2014年度新增试点"): the year, and the 新增 that marks the round's added units, belong to
 * the round, not the name. The ministry writes the same round "2013年度国家智慧城市试点" too; read
 * either way, the units join one programme, the year kept as the round's. Only a year of a round
 * (年度) right before the programme's own word moves: a year the name itself carries
 * (落实2030年可持续发展议程) stays.
 */
const ROUND_INSIDE =
  /(全国|国家级?|全省|省级)([\u4e00-\u9fff]{2,20}?)((?:19|20)[0-9]{2}年度)(?:新增)?(?=试点|实验区|试验区|示范)/;

/** The phrase with a round's year written inside the name moved before its scope word. */
export function withRoundYearFirst(phrase: string): string {
  return phrase.replace(ROUND_INSIDE, '$3$1$2');
}
