/**
 * What may follow a place in a prose list when the piece names an organ of that place or a
 * person's post there, not a unit of the list itself.
 */
/**
 * An organ after its place, all the rest of the piece: a bureau, a party committee's
 * department, a government, a street office, a residents' committee ("民政局", "委组织部",
 * "委区政府", "人民政府", "街道办", "居委会"). The place is the organ's area. The last organ may
 * be followed by their count ("…聊城市民政局7个单位").
 */
const ORGAN_WORDS =
  /^(?:[区县市旗州镇乡]?委)?(?:[区县市旗州镇乡]?(?:人民)?政府)?(?:民政局|民政厅|组织部|宣传部|政法委|党委|党工委|办事处|办|居委会|村委会|居民委员会|村民委员会|管委会)?/;
export const ORGAN_REST = new RegExp(
  `${ORGAN_WORDS.source}(?=$|等|及|[0-9一二两三四五六七八九十]+[个家])`,
);
/** The organ's own words right after its place in running text ("民政厅" of "某省民政厅、"). */
export const organWordsAt = (key: string): string => ORGAN_WORDS.exec(key)?.[0] ?? '';
/**
 * An organ after its place that goes on to name or confirm what follows ("老龄办决定命名"), or
 * approves taking what follows as its object ("民政厅同意将A、B…确认为…"): the entries start
 * after its verb.
 */
export const ORGAN_NAMES =
  /^[\u4e00-\u9fff]{0,10}?(?:办|厅|局|委|部|政府|办公室|委员会)(?:(?:决定|同意|研究)?(?:命名|确认|认定|确定|公布)|(?:同意|批准)将)/;
/** A post in the place, then a person ("…社区党委书记、居民委员会主任某某（女）"): no unit. */
export const POST_REST =
  /^(?:[\u4e00-\u9fff]{1,8}?(?:社区|村))?(?:(?:党委|党总支|党支部|总支|支部)(?:副)?书记|(?:居民委员会|村民委员会|居委会|村委会)(?:副)?主任|(?:副)?书记)/;
