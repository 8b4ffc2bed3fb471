/**
 * The words that lead into an enumeration of places ("同意将", "我省", "共有", a date): the first
 * place starts right after them. The naming verbs and the verbs of having among them say more
 * about what follows.
 */

/**
 * Lead-in words after which the first place of an enumeration starts (a date too: "2017年12月浙江省安吉县…"),
 * 仅 and 只有 saying the places are the only ones ("全省仅A县和B县成功获评"),
 * 由于 giving the cause the places are the subject of ("由于A、B因行政区划调整，不再作为…"),
 * 以 and 将 taking the enumeration as their object ("以A、B两个…为核心"; not the 以 of 可以, 所以,
 * 难以 — "也可以地级市为单位申报" names no place);
 * an addition to a programme names its places as 增设 does (新增A市、B市为试点地区, 增补…, 增列…),
 * a 公示 proposes its own pick as recommended for its own level's title (拟推荐A镇等10个乡镇为全省…),
 * and so does one whose counted pick it puts forward for a higher level's (拟推荐A社区等39个社区为
 * 全国…, …等45个社区申报“全国…”): the 公示 is of that pick, its example one of them. A bare 推荐,
 * or one with no count of its own, names candidates, not entries.
 */
const LEAD_END =
  /((?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?|拟推荐(?=[^。；]{0,60}?等[0-9一二三四五六七八九十百]+个[^。；，,]{0,8}(?:为|申报)[^。；]{0,6}(?:全国|国家|全省|省级|全市|市级|全县|县级|全区|区级|[\u4e00-\u9fff]{2,3}(?:省|市)))|拟推荐(?=[^。；]{0,60}?为(?:全省|省级|全市|市级|全县|县级|全区|区级))|同意将|同意|确认将|确认|命名|认定|确定|增设|(?<![每再])新增|增补|增列|授予|给予|表彰|公布|批复|撤销|取消|名单|(?:评|推|遴)?选出|(?:将|拟|决定|计划|(?<=^|[，,。；;：:]|同意))在|推广|推介|将|其中|由于|我省|我市|我州|我县|本省|本市|本州|本县|全省|全市|全州|全县|仅有|仅|只有|唯有|拥有|共有|已有|建成|包括|分别是|分别为|的|了|是|为|有|(?<![可所难足得予加用借据])以(?![上下来及后前内外便免至]))/g;
const OBJECT_LEAD_END = new RegExp(`${LEAD_END.source.slice(0, -1)}|对)`, 'g');

/**
 * Where the place starts: at the start, or right after lead-in words; after 对 too when the
 * sentence assesses what follows it ("对A、B进行了验收").
 */
export function placeStarts(key: string, object: boolean): number[] {
  const out = [0];
  for (const m of key.matchAll(object ? OBJECT_LEAD_END : LEAD_END)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at < key.length && !out.includes(at)) out.push(at);
  }
  return out;
}

/** A verb naming what follows it ("命名", "认定", "确定了"): its object is the entry. */
export const NAMING_LEAD = /(命名|认定|确定|增设|新增|增补|增列|确认|授予|表彰)了?$/;

/**
 * "我省共有铜陵、安庆…五市", "成都已建成温江、武侯…4个…基地": after a verb of having or counting
 * in (共有, 已有, 建成, 包括, 分别是) a name
 * written short that fills the rest of its piece opens the enumeration its separator goes on.
 * So it does after 以 taking the enumeration as its object ("以石家庄、秦皇岛两个…试点城市为
 * 核心"), which names the places as 将 does.
 */
const HAVING = /(?:共有|拥有|已有|建成|包括|分别是|分别为|(?<![可所难足得予加用借据])以)$/;

export function afterHaving(lead: string): boolean {
  return HAVING.test(lead);
}

/**
 * "经研究，确认太原、大同、长治等3个市为…": after a naming verb, or 将 taking the enumeration
 * as its object, a name written short that fills the rest of its piece opens the enumeration
 * as it does after a verb of having; the names after it are read short already.
 */
const NAMING_OBJECT =
  /(?:命名|认定|确定|增设|新增|增补|增列|确认|授予|表彰|同意|(?<![即必要])将|(?:将|拟|决定|计划|同意|^)在)了?$/;

export function afterNamingVerb(lead: string): boolean {
  return NAMING_OBJECT.test(lead);
}
