/**
 * Words after a place that carry it on down to its village, hamlet or committee ("…镇东长寿村",
 * "…村党苟寨", "…灯塔社区居民委员会"), read apart from what the rest of a prose piece says
 * about the place (prose-piece.ts) so each pattern can say which shape it stands for.
 */
/**
 * A village after the place ("…镇东长寿村", its natural village "…村燕窝寨"), or a residents'
 * committee named without 社区 ("…镇古镇居民委员会"); a clause ending in 村 ("入选…示范村") is
 * not one, nor a batch of a programme ("…为某市首批儿童友好社区"). The place before it may carry its administrative level in brackets ("方兴社区（街道
 * 级）时代城社区", a community office at street level over the community): an aside on that
 * unit, so the community after it still carries the place down.
 */
export const VILLAGE_REST =
  /^(?:[(（]\s*[\u4e00-\u9fff]{1,3}级\s*[)）])?(?!.*(入选|为|等|的|被|和|及|与|获|首批|第[一二三四五六七八九十0-9]{1,3}批))[\u4e00-\u9fff]{1,8}(村|社区|嘎查|居委会|居民委员会|居民区)([\u4e00-\u9fff]{1,5}(寨|组|屯))?$/;
/**
 * "…烈山区宋疃镇和村、古饶镇赵集村": a village whose one-character name is 和, right after its
 * township and closing the piece. The join word 和 would leave only the noun 村 to join, which
 * names nothing, so the two characters are the village's name.
 */
export const HE_VILLAGE_REST = /^和(村|社区)$/;
/**
 * The committee's full name after its village or community ("…柏树湾村村民委员会",
 * "…灯塔社区居民委员会"): an honour for the committee is one for the place it serves. A
 * village's committee is as often written on the village's own 村 ("…桥头村民委员会",
 * "…桥头村委会"): the same committee, its village 桥头村.
 */
export const COMMITTEE_TAIL =
  /(?<=村|社区|嘎查)(?:村民委员会|村委会|居民委员会|居委会)$|(?<=村)(?:民委员会|委会)$/;
/**
 * A village's or community's own committee between its name and the verb that honours it
 * ("…文明路社区居民委员会获全国先进基层群众性自治组织称号"): the committee is the unit.
 */
export const COMMITTEE_NOUN = /^(?:村民委员会|村委会|居民委员会|居委会)/;
/** A natural village or group after its village ("…五一村党苟寨", "…潘里村八组"). */
export const HAMLET_REST = /^[\u4e00-\u9fff]{1,5}(寨|组|屯)$/;
/**
 * The natural village after its village committee ("…金厂村委会罗家坪", "…甲村村民委员会坡芽村"):
 * the committee's name is the administrative village, what follows is the entry itself.
 */
export const COMMITTEE_REST =
  /^(?:民委员会|委员会|委会)(?:(?![等的为和及与获被入评共个])[\u4e00-\u9fff]){1,6}$/;
/** The same after a township, the committee's village unknown to the statistical lists. */
export const VILLAGE_COMMITTEE_REST =
  /^(?:(?![等的为和及与获被入评共个])[\u4e00-\u9fff]){1,8}?村(?:民委员会|委员会|委会)(?:(?![等的为和及与获被入评共个])[\u4e00-\u9fff]){1,6}$/;
/** A village before the example's count ("…街道北大社区等8个社区为…") is part of the example. */
export const VILLAGE_BEFORE_ETC =
  /^(?:(?!入选|为|的|被|和|及|与|获)[\u4e00-\u9fff]){1,8}?(村|社区|嘎查|居委会|居民区)(?=等)/;
/** A village after its township and 的, before the verb that lists it ("…镇的某某社区入选"). */
export const VILLAGE_AFTER_OF =
  /^的(?:(?!入选|为|的|被|和|及|与|获|等)[\u4e00-\u9fff]){1,10}?(村|社区|嘎查|居委会)/;
/**
 * A county's example village after 的, right before the count it stands for ("监利县的大兴村等
 * 11个村"): the village is the entry, placed in that county.
 */
// Only when the count closes the piece, and the name no kind ("的贫困村等11个村", "的大兴村等
// 11个村党支部书记…" speak of something else).
export const VILLAGE_OF_COUNTY_BEFORE_COUNT =
  /^的(?:(?!入选|为|的|被|和|及|与|获|等)[\u4e00-\u9fff]){1,10}?(?<!贫困|示范|重点|试点|生态|文明|行政|中心|特色|先进)(村|社区|嘎查)(?=等\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*个(?:行政)?(?:村|社区|嘎查)$)/;
/**
 * A village after its township, the division list not knowing it, right before the verb that
 * lists it, perhaps after a word of time ("…某街道某某社区日前被授予…", the street office also
 * written 某某办事处): part of the place.
 */
export const VILLAGE_BEFORE_VERB =
  /^(?:(?!入选|为|的|被|和|及|与|获|等)[\u4e00-\u9fff]){1,8}?(村|社区|嘎查|居委会|居民区)(?=(?:日前|近日|近期|最近|前不久|不久前)?(?:被|(?:成功|光荣|顺利)?(?:入选|入围|上榜|获评|荣获|榜上有名)))/;
/**
 * Two villages or communities joined by 和/及/与 right before the verb that lists them, after
 * their township ("…东关街道琼花观社区和个园社区获评…"): the first, the join, the second.
 */
export const VILLAGE_PAIR_BEFORE_VERB =
  /^((?:(?!入选|为|的|被|和|及|与|获|等)[\u4e00-\u9fff]){1,8}?(?:村|社区|嘎查|居委会))(和|及|与)((?:(?!入选|为|的|被|和|及|与|获|等|镇|乡|街道)[\u4e00-\u9fff]){1,8}?(?:村|社区|嘎查|居委会))(?=(?:日前|近日|近期|最近|前不久|不久前)?(?:被|(?:成功|光荣|顺利)?(?:入选|入围|上榜|获评|荣获|榜上有名)))/;
/** A village before 和/及/与 and a second place ("…乡脚泥堡村和康定市…"). */
export const VILLAGE_BEFORE_JOIN =
  /^(?:(?!入选|为|的|被|和|及|与|获|等)[\u4e00-\u9fff]){1,8}?(村|社区|嘎查)(?=和|及|与)/;
/**
 * A residential estate after its community or village ("…社区曲苑小区", "…社区银河湾星苑",
 * "…社区北站六区", "…社区山口"): the estate is the entry, placed where its community lies.
 * Taken only as the whole rest of a list's piece; a clause (a verb such as 上榜 or 入围, a count,
 * 的) or the people of the place ("…社区居民", "…村党员") is no estate.
 */
export const ESTATE_REST =
  /^(?!.*(入选|入围|上榜|当选|列入|纳入|通过|成功|顺利|为|等|的|被|获|评|是|有|在|将|对|了|个|名|家|居民|群众|党员|干部|书记|主任|代表|志愿|工作|服务|活动|开展|组织|委员会))(?:[\u4e00-\u9fff0-9]{1,8}(?:小区|苑|园|府|庭|邸|湾|城|公寓|新村|家园|花园|大院|[一二三四五六七八九十0-9]+(?:区|期|幢|组))|[\u4e00-\u9fff]{2,3})$/;
/**
 * A city's development zone written short, then a township and its community or village
 * ("…市高新区银杏大街街道华强城社区"): the zone is no division, so the division list stops at the
 * city, but the words after it go on down to the entry as a township and village do. Taken only
 * as the whole rest of a piece after a city, never a clause (入选, 为, 等…).
 */
export const ZONE_TOWN_REST =
  /^(?!.*(入选|为|等|的|被|和|及|与|获))[\u4e00-\u9fff]{0,6}?(高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区)[\u4e00-\u9fff]{1,8}?(街道|镇|乡|办事处)[\u4e00-\u9fff]{1,10}(村|社区|嘎查)$/;
