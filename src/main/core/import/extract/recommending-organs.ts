/**
 * Cases named only by the organ that recommended them: "最终确定北京市西城区民政局，吉林省
 * 长春市绿园区委组织部，…龙岗街道平南社区居委会等单位推荐的100个案例入选…". Each organ is
 * one case, placed where the organ is. An organ named in prose for anything else (a bureau
 * that took part, that hosted a meeting) is no entry: an enumeration of organs is kept only
 * when the words right after it say they recommended, sent or submitted what is listed, or
 * count them as the units the list holds.
 */
import type { ListDraft } from './drafts';
import { organWordsAt } from './organ-rests';
import type { KeyedText } from './text-key';

const RECOMMENDED =
  /^\s*(?:等|及)?\s*(?:[\u4e00-\u9fff]{0,4}?(?:单位|部门|机构))?\s*(?:推荐|选送|报送|申报|推送)/;

/**
 * "某区民政局等23家单位为5A级…", "…局等5个单位被评为…": organs counted as the units a list
 * holds are its entries themselves (the organ is the unit honoured), not recommenders.
 */
const COUNTED_MEMBERS =
  /^\s*等\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*[家个]\s*(?:地区\s*[(（]\s*单位\s*[)）]|地区和单位|单位|机构|部门)?\s*(?:被(?:评|认定|命名|确定|确认)为|(?:评|认定|命名|确定|确认)为|入选|获评|荣获|作为|为)/;

/**
 * "甲省民政厅、乙市、丙县被民政部确定为…试点地区(单位)": an organ listed among places and
 * named with them by the membership verb right after the run (the naming organ may sit after
 * 被) is one of the units named, as the places are — not an organ that only took part.
 */
const NAMED_MEMBERS =
  /^\s*被\s*[\u4e00-\u9fff]{0,10}?(?:评|认定|命名|确定|确认|列)为|^\s*(?:入选|获评|荣获)/;

export function withRecommendingOrgans(doc: KeyedText, list: ListDraft): ListDraft {
  if (!list.items.some((it) => it.organ)) return list;
  const last = list.items[list.items.length - 1]!;
  // The last organ's own words after its place ("居委会") are no part of the item's span.
  const after = doc.key
    .slice(last.end, last.end + 40)
    .replace(/^[\u4e00-\u9fff]{0,8}?(?=等|及|推荐|选送|报送|申报|推送)/, '');
  if (RECOMMENDED.test(after)) return list;
  // Organs named as the units themselves: each is its own unit, written place and organ.
  if (COUNTED_MEMBERS.test(after) || NAMED_MEMBERS.test(after))
    return { ...list, items: list.items.map((it) => (it.organ ? asUnit(doc, it) : it)) };
  const items = list.items.filter((it) => !it.organ);
  return { ...list, items, start: items[0]?.start ?? list.start };
}

/** An organ listed as a unit is named by its place and its own words ("某省民政厅"). */
function asUnit(doc: KeyedText, it: ListDraft['items'][number]): ListDraft['items'][number] {
  const words = organWordsAt(doc.key.slice(it.end, it.end + 12));
  return words && !it.unit ? { ...it, unit: doc.text.slice(it.start, it.end + words.length) } : it;
}
