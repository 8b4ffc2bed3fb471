/**
 * "评选出A“…”、B“…”…等10个项目为“十大创新经验”，C“…”等25个项目为创新经验提名项目": a prose
 * list that gives one batch in full under its own programme, then cites another batch by one
 * example and its count. The cited batch is another list the notice does not give; its
 * example is no entry of the one it gives, and its count is no count of that list.
 */
import type { ListDraft } from './drafts';
import { comparable } from './text-key';

/** A group closed by a membership phrase ("…为创新经验提名项目"), not by a bare noun ("3城区"). */
const namesBatch = (name: string): boolean => comparable(name).length >= 4;

export function withoutCitedBatches(list: ListDraft): ListDraft {
  const groups = list.categories ?? [];
  const full = groups.find((c) => namesBatch(c.name) && c.stated !== null && c.found === c.stated);
  if (!full) return list;
  const cited = groups.filter(
    (c) =>
      c.examples === true &&
      c.start > full.start &&
      namesBatch(c.name) &&
      comparable(c.name) !== comparable(full.name) &&
      // Only a batch where one name stands for many is cited.
      c.found === 1,
  );
  if (cited.length === 0) return list;
  const dropped = new Set(
    cited.flatMap((c) => {
      const at = list.items.findIndex((it) => it.start === c.start);
      return at < 0 ? [] : list.items.slice(at, at + c.found);
    }),
  );
  const items = list.items.filter((it) => !dropped.has(it));
  if (items.length === 0) return list;
  return {
    ...list,
    items,
    end: items[items.length - 1]!.end,
    categories: groups.filter((c) => !cited.includes(c)),
    phrase: full.name,
  };
}
