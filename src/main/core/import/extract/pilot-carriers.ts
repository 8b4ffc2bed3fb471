/**
 * Places told as carrying a named pilot out, in the list's own sentence (list-context.ts tests
 * no other: a sentence above a list tells of other places), so that its units are the pilot's
 * areas (zones), not honour entries. Two shapes beyond those list-context reads:
 *
 * - places run together and counted before the pilot's level and its work ("山东济南、威海两个
 *   国家级…改革试点工作已正式启动"): the count closes the run of places whose work it is. A count
 *   standing alone counts pilots, not places ("我市承担了两个国家级试点工作"), and a title's
 *   creation work is no pilot;
 * - places all carrying it out, their manner between (福州市、…和龙岩市,均立足市情,…积极有效地开展
 *   了…试点工作): 均 after the run makes each the subject of the pilot's work, not of a survey
 *   or a meeting of it (…试点调研);
 * - places counted as cities with the levels the count takes in, in brackets (北京市东城区、浙江省温州市
 *   等90个城市（区、镇）成为首批…试点, 门头沟区等97个城市（区、县、镇）入选): a count of places of
 *   several levels, each trying the pilot, as 试点城市 are. A count of units (单位) is no such count,
 *   nor is a count of cities for an honour (the list's name must be a pilot's), nor one for
 *   a title's creation (…成为全国综合减灾示范社区创建试点: trying for the title, as above).
 *
 * A province's counties counted by their class (拟确定20个县（市、区）开展…试点工作) are not read
 * so: the corpus labels such a list, whose units it never calls 试点地区, as pilot units (kind
 * other; corpus README, "Kinds: pilot units").
 */

const COUNT = '[0-9一二三四五六七八九十百两]+个';
/** The pilot itself, closing its clause: not a survey, meeting or training of it. */
const PILOT_CLOSED = '试点(?:工作)?(?=[，,。；;]|$)';
const LEVEL = '(?:国家级|国家|全国|省级|市级)';

export const PLACES_CARRYING_PILOT = new RegExp(
  [
    `[\\u4e00-\\u9fff]{2,10}、[\\u4e00-\\u9fff、]{2,40}?${COUNT}${LEVEL}[^。；;，,]{2,40}?试点工作`,
    `(?:省|市|自治区|县|区|旗)[，,]?均[^。；;]{0,40}?(?:开展|实施)了?[^。；;，,:：]{2,40}?${PILOT_CLOSED}`,
    `等${COUNT}城市[(（][区县镇旗市、]{1,8}[)）](?:为|成为|入选|通过审核[，,]成为)(?![^。；;，,]{0,40}?创建)`,
  ].join('|'),
);
