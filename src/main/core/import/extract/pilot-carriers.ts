/**
 * Places told as carrying a named pilot out, in the words a list's intro uses, so that its units
 * are the pilot's areas (zones), not honour entries. Three shapes beyond those list-context reads:
 *
 * - areas counted by their class, carrying it out ("拟确定20个县（市、区）开展…改革试点工作。名单
 *   如下"): a class of divisions (县, 市, 区, 旗, 城市, 地区…) counted, then 开展 / 实施 the pilot,
 *   the clause closing on it. Projects, villages or schools counted are no areas, and a pilot's
 *   survey, meeting or training (…试点调研, …试点工作会议) is not the pilot;
 * - places run together and counted before the pilot's level and its work ("山东济南、威海两个
 *   国家级…改革试点工作已正式启动"): the count closes the run of places whose work it is. A count
 *   standing alone counts pilots, not places ("我市承担了两个国家级试点工作");
 * - places all carrying it out, their manner between (福州市、…和龙岩市,均立足市情,…积极有效地开展
 *   了…试点工作): 均 after the run makes each the subject of the pilot's work.
 */

const COUNT = '[0-9一二三四五六七八九十百两]+个';
/** A class of divisions, with its bracketed sister classes (县（市、区）). */
const AREA_CLASS = '(?:县|市|区|旗|州|盟|城市|地区|地方)(?:[(（][^)）。；;]{0,10}[)）])?';
/** The pilot itself, closing its clause: not a survey, meeting or training of it. */
const PILOT_CLOSED = '试点(?:工作)?(?=[，,。；;]|$)';
const LEVEL = '(?:国家级|国家|全国|省级|市级)';

export const PLACES_CARRYING_PILOT = new RegExp(
  [
    `${COUNT}${AREA_CLASS}(?:开展|实施)[^。；;，,:：]{2,40}?${PILOT_CLOSED}`,
    `[\\u4e00-\\u9fff]{2,10}、[\\u4e00-\\u9fff、]{2,40}?${COUNT}${LEVEL}[^。；;，,]{2,40}?试点工作`,
    `(?:省|市|自治区|县|区|旗)[，,]?均[^。；;]{0,40}?(?:开展|实施)了?[^。；;，,:：]{2,40}?${PILOT_CLOSED}`,
  ].join('|'),
);
