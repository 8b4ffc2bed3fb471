/**
 * What a listed place holds, written straight after its name before what closes the entry: the
 * park of a park programme (park-programmes.ts), or a named site of a list of sites — a block,
 * an old town, a scenic area, a resort ("开封市鼓楼特色文化街区、洛阳市龙门石窟、安阳市安阳古城
 * 入围"). Such a site lies in the place before it, so the place is the entry and the site's name
 * no place of its own. Only before a separator, 和/及, 等, a count or a listing verb: a site
 * doing something ("…古城开展…") leaves the sentence a story about it.
 */
import { PARK_AFTER_PLACE } from './park-programmes';
import { keyOf } from './text-key';
import { shortCityStem } from './short-city-stem';
import type { RegionLookup } from './types';

/**
 * The nouns that close a site's name. A lane, an alley, an old quarter and a street closing
 * a block's own name (启明里, 祝屋巷, 永庆坊, 十字街) are sites too, but never 街道 (a
 * subdistrict the division list reads as a place) nor a distance in 里.
 */
const SITE_NOUN =
  '(?:特色)?(?:文化)?街区|历史文化街区|步行街|古城|古镇|古街|石窟|风景名胜区|风景区|景区|旅游区|旅游度假区|度假区|湿地公园|森林公园|(?<![人民中心城市儿童])公园|博览城|博览园|文创园区|文化园区|消费带|小镇|农业园|生态园|农庄|山庄|庄园|农场|(?<![公千万])里|巷|坊|街(?!道)';
/**
 * What closes an entry after the site: 在列 as 入选 does ("…十字街、…新街两街区在列"); so do a
 * pilot's bracket and what the site failed to do ("…湿地公园（试点）没有按照…", "…未能…"), the
 * subject of a report that goes on to take its standing away (acting-places.ts); so does the
 * grade a check gave it ("…青瓷小镇考核为良好", "…茶香小镇为合格") or the list it was made
 * ("…小镇为省级培育小镇").
 */
const CLOSE_WORDS =
  '以及|和|及|与|等|被|成功|光荣|顺利|入选|入围|上榜|在列|获评|荣获|榜上有名|[(（]试点[)）]|没有|未能|考核(?:结果|等次)?为|为(?:优秀|良好|合格|不合格|警告|省级|市级|国家级|全国|全省)';
const CLOSES = `(?=$|[0-9一二两三四五六七八九十]|${CLOSE_WORDS})`;
/**
 * A count opening the words (三个景区, 十大景区, 5A级), or a numeral right before the site word
 * that closes the entry (平遥两街区在列, 三景区入选): no site's own name, though a name may open
 * with a numeral (五爱市场购物旅游区, 十里画廊景区, 三坊七巷…).
 */
const COUNTED = `[0-9一二两三四五六七八九十百几多]+\\s*(?:个|家|所|处|批|项|条|座|类|大|名|[AaＡ]|级|星|(?:${SITE_NOUN})(?=$|[^\\u4e00-\\u9fff]|${CLOSE_WORDS}))`;
/**
 * 和 inside a name written by its sound (莫和尔图国家湿地公园, 呼和…): it joins no second place
 * when no level word follows before the next separator (甲县…和乙市… joins two), nor when a
 * mountain's or a lake's name ends before it (黄山和九华山风景区: two spots, one site word).
 */
const NAME_HE =
  '(?<!^)(?<![山湖河江海岛峰岭峡溪泉洞])和(?![^、，,。；;]{0,12}?(?:[省市县旗州盟镇乡村]|(?<![景游假园])区))';
/** A dash between two words of a site's name (a river's and a mountain's: 甲江-乙江). */
const NAME_DASH = '(?<=[\\u4e00-\\u9fff])[-－—](?=[\\u4e00-\\u9fff])';
/**
 * A middle dot between two words of a site's name (阿尔山·柴河旅游景区), or before a second site
 * of one area named after the first (老虎滩海洋公园·老虎滩极地馆: one entry, both names its title).
 */
const NAME_DOT = '(?<=[\\u4e00-\\u9fff])[·・•](?=[\\u4e00-\\u9fff])';
const SECOND_SITE = `(?:${NAME_DOT}[\\u4e00-\\u9fff]{2,10}?)?`;

/**
 * A site's name after its place: its own words (or a quoted name), then the site noun. A
 * block may be named by the estate it lies in first (又见平遥文化产业园区印象新街): up to 14 words.
 * A park's 国家 (…国家湿地公园) is a word of its name, though 家 alone counts units (3家). A
 * dash joins the two names of one area (瑞丽江-大盈江风景名胜区), never opens or closes one.
 */
const SITE_AFTER_PLACE = new RegExp(
  `^(?!${COUNTED})(?:[“"「][^“”"「」]{1,10}[”"」]|(?:国家|农家|${NAME_HE}|${NAME_DASH}|${NAME_DOT}|(?![个家所和及与等被的])[\\u4e00-\\u9fff]){0,14}?)(?:${SITE_NOUN})${SECOND_SITE}${CLOSES}`,
);

/** The words of the park or site written after a place, or null. */
export function unitAfterPlace(rest: string): RegExpExecArray | null {
  return PARK_AFTER_PLACE.exec(rest) ?? SITE_AFTER_PLACE.exec(rest);
}

/**
 * A characteristic town's own name (特色小镇 named for its trade: "生命科技小镇", "金融小镇")
 * is what the list honours, so it is the entry's title, as a table's town column gives it. A
 * bare "特色小镇" after a place (某镇灯饰特色小镇) names the kind of unit, no town of its own.
 */
const NAMED_TOWN = /^[\u4e00-\u9fff]{2,8}小镇$/;

function isNamedTown(site: string): boolean {
  return NAMED_TOWN.test(site) && !/特色小镇$/.test(site);
}

/**
 * An attraction known by a name of its own after its place ("浠水策湖国家湿地公园", "晋城市丹朱岭
 * 旅游区", "沛县汉城景区"): a scenic spot or a park is what a list of spots or parks names, and a
 * place holds many of them, so its own name is the entry's title, as a town's is; so is a
 * resort's that states its standing (铁岭市清河省级旅游度假区 among delisted spots; a list of
 * resorts keeps none, resort-place.ts). Any other resort (度假区), a block or an old town is
 * known by its place and keeps none; nor does an attraction
 * word with no name of its own before it (国家湿地公园 alone, 某县景区); 风景区 is one word, so
 * 渠风景区 names one character, no name (红旗渠风景区 is no site of 红旗区).
 */
const NAMED_ATTRACTION =
  /^(?!国家)(?:[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[-—·・•](?=[\u4e00-\u9fff])){1,13}?(?:国家)?(?:湿地公园|森林公园|(?<![人民中心城市儿童])公园|博览城|博览园|风景名胜区|风景区|(?<!风)景区|旅游区|农业园|生态园|农庄|山庄|庄园|农场)|[\u4e00-\u9fff]{2,8}?(?:省级|国家级)(?:旅游)?度假区)$/;

/** A second site after the first one's noun and a middle dot (…海洋公园·老虎滩极地馆). */
const SECOND_SITE_AT_END = /[·・•][\u4e00-\u9fff]{2,10}$/;

/**
 * A table column headed by the kind of site the list names (风景名胜区, 湿地公园, 景区名称): each
 * row's cell is a site's own name ("采石", "红枫湖"), though it is written bare, without the kind.
 * A header naming where the site lies (景区所在地) or who runs it is no such column.
 */
const SITE_KIND_HEADER =
  /^(?:国家级|省级)?(?:风景名胜区|风景区|旅游景区|景区|湿地公园|森林公园|地质公园|自然保护区|旅游度假区|水利风景区)(?:名称)?$/;

/**
 * Whether an item is a site its table lists under a column headed by its kind, known by its own
 * name. Not one named after its city (宝鸡天台山 beside 陕西): left to the skipped items' warning.
 */
export function siteUnderKindColumn(
  header: readonly string[] | undefined,
  title: string,
  lookup: RegionLookup | undefined,
): boolean {
  if (!header?.some((cell) => SITE_KIND_HEADER.test(keyOf(cell)))) return false;
  return !(lookup && shortCityStem(title, lookup) !== null);
}

/** Whether a site is a scenic spot or a park known by its own name. */
export function namedAttraction(site: string): boolean {
  return NAMED_ATTRACTION.test(site) || NAMED_ATTRACTION.test(site.replace(SECOND_SITE_AT_END, ''));
}

/** Whether a site after a place is known by its own name, which is then the entry's title. */
export function ownNamedSite(site: string): boolean {
  return isNamedTown(site) || namedAttraction(site);
}

/**
 * A new area the division list does not hold, written between the place and a site's own name
 * ("贵州省贵安新区车田景区": a national new area under its province): a place, no word of the
 * site's name, so the title starts after it. Its length, 0 when the site opens otherwise.
 */
export function newAreaBeforeSite(site: string): number {
  const m = /^[\u4e00-\u9fff]{2,4}?新区(?=[\u4e00-\u9fff]{2})/.exec(site);
  return m && namedAttraction(site.slice(m[0].length)) ? m[0].length : 0;
}
