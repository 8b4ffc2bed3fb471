/**
 * "金东区塘雅镇未成年人保护工作站《“悦”护童行——儿童成长保护计划》": a list line that names its
 * unit and runs it straight into the case it is listed for, in book-title marks — what a case
 * list pasted from a page becomes when nothing separates the two. The text before the marks is
 * the unit (read as a place line by the list that holds it), the marked text the case's title.
 * Only one title may stand, at the end of the line; a title naming a document (《关于…》,
 * 《…办法》, 《…实施意见》) is a rule the line cites, never a case. A case's own title may end in
 * 计划 or 方案 (a programme it runs), so those words alone mark no document here.
 */

interface BookTitleTail {
  /** The unit before the marks, as written. */
  head: string;
  /** The case title inside the marks. */
  title: string;
}

/** How the title of a cited document opens or ends. */
const DOCUMENT =
  /^关于|(?:通知|意见|办法|规定|细则|决定|批复|公告|公示|通报|条例|纲要|标准|规范|指引)$/;

const TAIL = /^([^《》]{4,40}?)\s*《([^《》]{2,60})》\s*$/;

/** Whether a title in book-title marks is a cited document's (《关于…》, 《…办法》). */
export function namesDocument(title: string): boolean {
  return DOCUMENT.test(title.trim());
}

export function bookTitleTail(raw: string): BookTitleTail | null {
  const m = TAIL.exec(raw.trim());
  if (!m) return null;
  const title = m[2]!.trim();
  if (namesDocument(title)) return null;
  return { head: m[1]!.trim(), title };
}
