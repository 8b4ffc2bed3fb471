/**
 * "徐州市、南京市建邺区、东台市、句容市民政局相关负责同志做了交流发言", "会上，甲区、乙县作典型
 * 发言": a run of places whose sentence goes on to the officers of their organs speaking at, or
 * attending, a meeting names where the speakers come from, not units of any programme. The run
 * may be cut by a line break inside its last name (a wrapped PDF line: "…、东台" / "市、句容市…"),
 * so the rest of the sentence is read past line breaks. The run may close with its count
 * ("…、重庆万州区等七个地区作了交流发言"): the count names the speakers' places too. A run
 * whose clause ends in the officers of its places ("分管海口市、成都市、…上海市嘉定区等市、区
 * 领导。", "…等地负责人，") names people too, whatever they did next: the places are theirs.
 */
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';

/**
 * The run going on past its last read place: the rest of a name a line break cut (市, 区…) and
 * more places after 、, up to the organ and its officers.
 */
const RUN_ON = '(?:[市区县旗州盟]?、[\\u4e00-\\u9fff]{2,12}?)*[市区县旗州盟]?';
/** The run's closing count: 等七个地区, 等5个单位, 等3个县（市、区）. */
const COUNTED =
  '(?:等[\\d一二三四五六七八九十]+个(?:地区|单位|地方|城市|市|县|区|县区|市县|县市区|县（市、区）|县\\(市、区\\)))?';
/** An organ's words after its place: 民政局, 人民政府, 区委, 文旅局… */
const ORGAN = '(?:(?:人民)?政府|[\\u4e00-\\u9fff]{0,6}?(?:局|厅|委|办|部|中心))?';
const OFFICERS = '(?:(?:相关|有关|主要|分管)?(?:负责同志|负责人|领导|同志|代表))?';
const SPEAKS = '(?:先后|分别|依次)?(?:作了?|做了?|进行了?)(?:典型|交流|经验|表态)?(?:交流)?发言';
const ATTENDS = '(?:参加|出席|列席)(?:了)?(?:会议|座谈会|推进会|现场会)';
const SPEAKERS = new RegExp(`^${RUN_ON}${COUNTED}${ORGAN}${OFFICERS}(?:${SPEAKS}|${ATTENDS})`);
/** The run's places written as levels after 等 (等市、区, 等县市) or as 等地. */
const LEVELS = '(?:等(?:[市区县旗州盟]、?){1,4}|等地)?';
/** The run closing its clause with its places' officers: the people, not the places. */
const OFFICIALS = new RegExp(
  `^${RUN_ON}${COUNTED}${LEVELS}${ORGAN}(?:相关|有关|主要|分管)?(?:负责同志|负责人|领导)(?:同志)?(?=[。，,；;]|$)`,
);

/** The list, or none of it when its places are the seats of a meeting's speakers. */
export function withoutSpeakingOrgans(doc: KeyedText, list: ListDraft): ListDraft {
  const last = list.items[list.items.length - 1];
  if (!last) return list;
  const close = doc.key.indexOf('。', last.end);
  const rest = doc.key
    .slice(last.end, close < 0 ? last.end + 80 : Math.min(close, last.end + 80))
    .replace(/\s+/g, '');
  return SPEAKERS.test(rest) || OFFICIALS.test(rest) ? { ...list, items: [] } : list;
}
