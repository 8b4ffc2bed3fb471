/**
 * A story telling what an organ announced on the day it writes (昨天，国家旅游局宣布…, 某局今天
 * 宣布…, …今日宣布): the day counted from the writer's own day is a reporter's, never the way an
 * organ's document dates its own act (it signs a date or says 现将…). The page is news, whatever
 * outcomes the announcement carries (revoked, newly rated), as a story passed on is.
 */
import { addressedBefore } from './site-announcement-relay';

const DAY_ANNOUNCED =
  /(?:^|[\n。！？，,])[^。；，,\n]{0,14}?(?:今天|昨天|前天|今日|昨日)[，,]?[^。；，,\n]{0,20}?宣布/;

/**
 * Whether the page tells an organ's announcement dated from the writer's day. A document
 * addressed to its recipients before it (各区民政局：昨日，民政部宣布…。现将有关事项通知如下) is an
 * organ's own, acting on the announcement it cites.
 */
export function tellsDayAnnouncement(key: string): boolean {
  const m = DAY_ANNOUNCED.exec(key);
  return !!m && !addressedBefore(key, m.index);
}
