/**
 * A headline that is an organ's announcement, not a story about the place it opens with:
 * "江苏省确定15个省级“乡村著名行动”先行区", "某市命名20个示范社区", "某省公布第二批…名单". The
 * place is whoever decides (its province, its city); the verb and the count that follow it say
 * a group was named, which the story's prose then lists. Read as a write-up heading, the place
 * would become an entry titled by the announcement.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import { toKey } from './text-key';

/** A deciding verb, then a count of what it named (15个, 第二批, 一批) or the list it published. */
const ANNOUNCES = new RegExp(
  `^(?:确定|认定|命名|公布|授予|表彰|评选出?|遴选出?|新增)(?:了)?(?:[0-9${CHINESE_NUMERAL_CHARS}]+(?:个|家|处|批)|第[0-9${CHINESE_NUMERAL_CHARS}]+批|一批)`,
);

/** Whether a headline's words after its place (a write-up's title) announce a named group. */
export function announcesGroup(titleAfterPlace: string | null | undefined): boolean {
  return ANNOUNCES.test(toKey(titleAfterPlace ?? '').replace(/\s+/g, ''));
}
