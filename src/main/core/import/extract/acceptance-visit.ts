/**
 * A headline telling a unit receiving its acceptance ("某社区迎来省级验收", "某县接受…验收"): the
 * page reports the visit of the checking team, not the acceptance's result — news of the work,
 * no acceptance notice. A headline that also tells the result (通过验收, 验收合格) is the result.
 */
const RECEIVES = /(?:迎来|迎接|接受)[^。，,；;]{0,12}?验收/;
const RESULT = /通过|合格|优秀|结果|名单|命名/;

/** The title tells an acceptance visit received, with no result. */
export function receivesAcceptanceVisit(title: string): boolean {
  return RECEIVES.test(title) && !RESULT.test(title);
}
