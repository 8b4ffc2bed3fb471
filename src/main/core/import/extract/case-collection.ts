/**
 * A collection of cases called by its own name where no unit word ends it: the list a title
 * publishes ("全国社会工作专业服务案例名单发布"), or a book the lead's units entered or the organ
 * compiled ("三个案例入选《某省某某工作案例选编》", "编辑成《上海社会组织参与社会治理案例》"). The
 * name, without its 名单 or the book's 选编/汇编/集, is the collection the notice's cases belong to.
 * A case's own title in book marks ("《…创新案例》等4个案例") is one case, not the collection: only a
 * book the units are put into names it.
 */
import { keyOf, toKey } from './text-key';
import { programmeIn, type Programme } from './programme';

const CASE_LIST_TITLE = /([^\s，,。:：!！?？《》“”"]{6,40}?案例)名单/;
const CASE_BOOK =
  /(?:入选|编辑成|汇编成|编印成?|收录(?:于|进|入|在)?|编入|选入)《([^《》\n]{6,40}?案例)(?:选编|汇编|集)?》/;

/** A book's or a list's name as it stands: its words are the name, verbs and all (…参与…). */
function collection(words: string): Programme {
  const name = keyOf(words).replace(/[“”"]/g, '');
  const year = /^((?:19|20)\d{2})年/.exec(name);
  return { name, year: year ? Number(year[1]) : null, batch: null };
}

/**
 * The collection a title's case list or a case book names, when the title names no programme
 * that ends in a unit word; the book only when it comes in the text before the programme the
 * opening names (`read`, found elsewhere): a programme told further on is the background of the
 * units, not their collection.
 */
export function caseCollection(
  title: string | null,
  opening: string,
  province: string | null,
  read: Programme | null,
): Programme | null {
  if (programmeIn(title, province)) return null;
  const listed = title ? CASE_LIST_TITLE.exec(toKey(title).replace(/\s+/g, '')) : null;
  if (listed?.[1]) return collection(listed[1]);
  const text = toKey(opening).replace(/[ \u3000]+/g, '');
  const m = CASE_BOOK.exec(text);
  if (!m?.[1]) return null;
  const at = read ? text.indexOf(read.name.slice(-6)) : -1;
  if (at >= 0 && at < m.index) return null;
  return collection(m[1]);
}
