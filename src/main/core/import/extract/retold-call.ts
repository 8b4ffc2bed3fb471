/**
 * A page passing on a round just launched — an organ's notice told by a paper or a site
 * ("某厅近日下发通知，全省将组织开展…创建工作", "…联合开展…征集活动，欢迎…推荐") — with the terms of
 * who may apply (申报条件, 申报主体, 可以申报, 以县为主要对象, 推荐…不超过3家) and nothing chosen yet: its
 * readers can still answer it, so it is the call, whoever tells it.
 */
import { keyOf, type KeyedText } from './text-key';
import { tellsClosing } from './closing-dates';

const CALL_WORD = '(?:申报|征集|评选|遴选|推荐|创建|建设)';
/** The round launched, in the body or the headline. */
const LAUNCHED = new RegExp(
  `(?:开展|启动|开启|组织|部署)[^。；;]{0,30}?${CALL_WORD}|关于开展[^。；;《》]{0,40}?${CALL_WORD}`,
);
/**
 * Who may apply, how many each may put forward, what to send by when: a call's terms. A target
 * ("以县为主要对象") counts only told of the call itself (创建/申报…以…为对象): "坚持以村民为主体" is
 * a principle of the work, no term of applying.
 */
const TERMS =
  /申报(?:主体|条件|对象|范围|材料|截止)|(?:可以|均可|方可)(?:申报|报名|参选)|申报单位(?:应|须|需|一般)|欢迎[^。；;]{0,30}(?:推荐|报名|投稿|申报|参选)|(?:申报|征集|评选|遴选|推荐|创建)[^。；;，,]{0,6}以[^。；;]{1,30}为(?:主要)?(?:申报)?对象|以[^。；;]{1,30}为(?:主要)?申报对象|(?:推荐|申报)[^。；;]{0,10}不超过/;
/** A headline telling a round that has chosen: no longer a call. */
const CHOSEN = /结果|名单|揭晓|获奖|入选|入围|出炉|榜/;

export function retellsCall(doc: KeyedText, title: string | null): boolean {
  const t = title ? keyOf(title) : '';
  if (CHOSEN.test(t)) return false;
  // When applications close is a term of applying too (closing-dates.ts).
  return (
    (LAUNCHED.test(t) || LAUNCHED.test(doc.key)) && (TERMS.test(doc.key) || tellsClosing(doc.key))
  );
}
