/**
 * A count of written items inside a programme phrase ("…组织共有5篇优秀案例", "整体贡献奖、17项
 * 优秀案例"): the sentence telling how many pieces or awards a place got, not a programme's name.
 * The name, if the phrase holds one, starts after the count. Only pieces (篇) and items (项) in
 * figures: a count of units (N个, N家) is read by the programme's own rules, and a numeral word
 * before 项 may be a name's own words (三项机制…).
 */
const ITEM_COUNT = /^.*[0-9]+(?:篇|项)(?=[\u4e00-\u9fff])/;

/** The phrase after its last counted items, or the phrase itself when it counts none. */
export function afterItemCount(phrase: string): string {
  return phrase.replace(ITEM_COUNT, '');
}
