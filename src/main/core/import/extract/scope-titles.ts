/**
 * A list's title line naming its scope ("枣庄市入选全省第二批优秀社区工作法名单", a sheet's or a
 * table's title over the units it lists) is no entry of its own: the place is where the listed
 * units lie. Such a line with no list below it, or the document's headline ("某市入围…名单" over a
 * story, which the headline readers judge), is left as read.
 */
import type { ListDraft } from './drafts';
import { toKey, type KeyedText } from './text-key';

/** A list's title naming its scope: the place, its verb, the list ("…入选…名单"). */
const SCOPE_TITLE =
  /^[^，,。；;：:]{0,30}?(?:入选|入围|上榜|获评|被命名为|被确定为)[^，,。；;：:]{2,40}?(?:名单|名录)$/;

/**
 * A place written down to a unit (a street, a town, a community, a village): the line names that
 * unit honoured ("某区某街道某社区入选全国示范社区名单" as a story's subheading), not a scope.
 */
const UNIT_PLACE = /(?:街道|镇|乡|社区|村|居委会|苏木|嘎查)$/;

/** The lines a list's title may stand above its first entry by: its own, and a table's header. */
const TITLE_GAP = 2;

/**
 * Whether another list of entries set one a line (a table, a numbered list: not a sentence's)
 * opens right below the line, within a header's or a caption's reach: a title stands over its
 * list, where a subheading over a story's paragraphs with a list further down is the story's.
 */
function listRightBelow(
  doc: KeyedText,
  line: KeyedText['lines'][number],
  lists: ListDraft[],
  own: ListDraft,
): boolean {
  const below = doc.lines.filter((l) => l.start > line.end && l.trimmed !== '').slice(0, TITLE_GAP);
  const reach = below[below.length - 1]?.end ?? line.end;
  return lists.some(
    (o) =>
      o !== own &&
      o.layout !== 'sentence' &&
      o.items.some((x) => x.start > line.end && x.start <= reach),
  );
}

/**
 * Drops a title-less entry read from a line that is a list's title naming its scope, when
 * another list's entries stand right below that line.
 */
export function withoutScopeTitles(doc: KeyedText, lists: ListDraft[]): ListDraft[] {
  // The document's first line is its headline, which the headline readers judge.
  const head = doc.lines.find((l) => l.trimmed !== '');
  const scopeLine = (start: number) => {
    const line = doc.lines.find((l) => start >= l.start && start <= l.end);
    return line && line !== head && line.trimmedStart === start && SCOPE_TITLE.test(line.trimmed)
      ? line
      : null;
  };
  return lists
    .map((list) => {
      const items = list.items.filter((it) => {
        if (it.title !== '' || it.unit || UNIT_PLACE.test(toKey(it.regionText ?? ''))) return true;
        const line = scopeLine(it.start);
        return !(line && listRightBelow(doc, line, lists, list));
      });
      return items.length === list.items.length ? list : { ...list, items };
    })
    .filter((list) => list.items.length > 0);
}
