/**
 * A photo's caption under a story names a unit again with what the picture shows and who took
 * it ("某某村村貌。图片由市应急管理局提供", "某社区一角（张三 摄）"): the words after the place are
 * the picture's, not the title the unit is listed for. A list read off such a line keeps the
 * unit but no title, so it never outranks the story's own reading of the same units.
 */
import type { ListDraft } from './drafts';

/** The credit or the view of a photo: 图片由…提供, 供图, …摄, 图为…, or the place's look (村貌). */
const CAPTION =
  /(?:图片|圖片)(?:由|来源|來源|提供)|供图|供圖|(?:摄|攝)\s*[)）]?$|^(?:图为|圖為)|^(?:村貌|社区一角|社區一角|全景|航拍|风貌|風貌)/;

export function withoutCaptionTitles(list: ListDraft): ListDraft {
  if (!list.items.some((it) => it.title !== '' && CAPTION.test(it.title))) return list;
  return {
    ...list,
    items: list.items.map((it) =>
      it.title !== '' && CAPTION.test(it.title) ? { ...it, title: '' } : it,
    ),
  };
}
