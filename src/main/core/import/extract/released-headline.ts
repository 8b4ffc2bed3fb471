/**
 * A headline telling that a list came out ("第二批全国乡村治理示范村镇名单公布", "首批國家級旅遊
 * 休閑街區公布", "…典型案例正式发布", "…名单出炉", "评选结果揭晓"): a story's report of another's
 * act, told in the passive. An organ publishing its own list titles it by what it does
 * ("关于公布…名单的通知", "…名单的公告") and never ends a title with its own act done.
 */
import { keyOf } from './text-key';

/** The release as the headline's last words, perhaps with a manner (正式, 新鲜) or 了 after it. */
const RELEASED = /(?:公布|出炉|揭晓|发布)(?:了|啦)?[!?]*$/;
/** A call's guide or launch coming out (…申报指南发布) is the call itself, no list told. */
const CALL_RELEASED = /申报|征集|报名|指南|通知|办法|方案|规划|意见|标准/;

/** Whether the title tells a list's release as done (matched on its key). */
export function releasedHeadline(title: string | null): boolean {
  if (title === null) return false;
  const t = keyOf(title);
  return RELEASED.test(t) && !/^关于/.test(t) && !CALL_RELEASED.test(t);
}
