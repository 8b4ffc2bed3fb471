/**
 * A story or notice launching a round of applications: its headline says the call starts
 * ("2022年某区社区治理创新案例征集活动启动", "…评选活动正式开启", "启动…申报工作") and its
 * body invites entries in its own words ("欢迎…推荐", "征集启事", "均可参选"). Nothing has
 * been chosen yet, so the places it names are no entries: they are the organiser's district
 * and the honours its units won before ("某某社区的工作法当选全国百佳"), told to show why the
 * round is held. A paper may tell it, and it is still the call its readers can answer.
 */
import { keyOf, type KeyedText } from './text-key';

const CALL_WORD = '(?:征集|申报|评选|推荐|报名|遴选)';
/** The headline says the round begins. */
const LAUNCH = new RegExp(
  `${CALL_WORD}[^。，,；;]{0,8}(?:启动|开始|开启|拉开帷幕)$|(?:启动|开启|开展)[^。，,；;]{0,24}${CALL_WORD}(?:活动|工作)?$`,
);
/** The body asks for entries in its own voice. */
const INVITES = new RegExp(
  `欢迎[^。；;]{0,30}(?:推荐|报名|参与|投稿|申报|参选)|${CALL_WORD}启事|均可(?:参选|申报|报名|参与)|${CALL_WORD}(?:要求|条件|范围|方式|对象)[:：]?`,
);
/** A round that has already chosen ("评选结果", "名单", "获奖"): no longer a call. */
const CHOSEN = /结果|名单|揭晓|获奖|入选|入围|出炉/;

export function launchesCall(doc: KeyedText, title: string | null): boolean {
  if (!title) return false;
  const t = keyOf(title);
  return LAUNCH.test(t) && !CHOSEN.test(t) && INVITES.test(doc.key);
}
