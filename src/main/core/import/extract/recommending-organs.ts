/**
 * Cases named only by the organ that recommended them: "最终确定北京市西城区民政局，吉林省
 * 长春市绿园区委组织部，…龙岗街道平南社区居委会等单位推荐的100个案例入选…". Each organ is
 * one case, placed where the organ is. An organ named in prose for anything else (a bureau
 * that took part, that hosted a meeting) is no entry: an enumeration of organs is kept only
 * when the words right after it say they recommended, sent or submitted what is listed.
 */
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';

const RECOMMENDED =
  /^\s*(?:等|及)?\s*(?:[\u4e00-\u9fff]{0,4}?(?:单位|部门|机构))?\s*(?:推荐|选送|报送|申报|推送)/;

export function withRecommendingOrgans(doc: KeyedText, list: ListDraft): ListDraft {
  if (!list.items.some((it) => it.organ)) return list;
  const last = list.items[list.items.length - 1]!;
  // The last organ's own words after its place ("居委会") are no part of the item's span.
  const after = doc.key
    .slice(last.end, last.end + 40)
    .replace(/^[\u4e00-\u9fff]{0,8}?(?=等|及|推荐|选送|报送|申报|推送)/, '');
  if (RECOMMENDED.test(after)) return list;
  const items = list.items.filter((it) => !it.organ);
  return { ...list, items, start: items[0]?.start ?? list.start };
}
