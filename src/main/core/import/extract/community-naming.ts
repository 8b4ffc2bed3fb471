/**
 * A page about naming communities as an administration does it: communities split off or
 * newly set up and the names chosen or sought for them ("我市三个新社区名称通过专家论证",
 * "…新建社区征名", "…社区名称征集"). The communities it names (府兴社区, the ones they were split
 * from) and the counties they lie in are places being named, never entries of a programme's list.
 */
import { keyOf, type KeyedText } from './text-key';

/** The headline is about a new community's name (not 创新社区…, not an honour's 拟命名). */
const NAMING_TITLE =
  /(?<![创更革刷])新(?:建|成立|设)?社区|社区名称|名称征集|社区征名|(?:社区|村)更名/;
/** The body tells the division: communities split, set up or renamed. */
const DIVIDED = /拆分|分设|新成立|拟成立|新建|撤并|更名/;

/** The headline as read, or the first line where none was read as one. */
function headline(doc: KeyedText, title: string | null): string {
  return title ?? doc.lines.find((l) => l.trimmed !== '')?.trimmed ?? '';
}

export function namesCommunities(doc: KeyedText, title: string | null): boolean {
  return NAMING_TITLE.test(keyOf(headline(doc, title))) && DIVIDED.test(doc.key);
}
