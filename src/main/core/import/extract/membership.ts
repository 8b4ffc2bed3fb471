/**
 * Membership verbs: what a sentence says befell a unit ("入选第九批…", "荣获…称号",
 * "被评为…"). What follows such a verb names the list the unit joined, never the unit's own
 * title; a heading or cell that starts with one is the rest of a sentence.
 */
export const MEMBERSHIP_VERB =
  '(?:成功|光荣|顺利|再次|首批)?(?:入选|入围|入列|荣获|获评|获得|获授|上榜|被(?:评|评选|认定|命名|确定|确认|授予|列)为?)';

const STARTS_WITH_MEMBERSHIP = new RegExp(`^${MEMBERSHIP_VERB}`);

/** Whether `text` (the words after a unit's name) starts by telling what list it joined. */
export function tellsMembership(text: string): boolean {
  return STARTS_WITH_MEMBERSHIP.test(text.trim());
}
