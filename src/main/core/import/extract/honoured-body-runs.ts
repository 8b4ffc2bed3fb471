/**
 * Units an honour names in one run of a story's sentence, each after its place: "枞阳县供电公司、
 * 枞阳县人民检察院、…、枞阳县公安局交通管理大队入选“第十一届安徽省文明单位”", "广州市社会工作协会、
 * 广州社会组织研究院…及广州市志愿者协会等喜获殊荣". Organs, courts and companies are honoured as
 * units (文明单位) as organisations are; each is an entry at the place its name opens with, its name
 * the unit. The honour closing the run is what lists them (listed-bodies.ts reads the run; here
 * it may close with the honour alone): a run of organs in prose is a story's sources and actors.
 *
 * Such a clause often shares its line with the honours' other lists (a paragraph of 入选 clauses,
 * its towns read as places), so it is read whatever line another reader took, where no entry
 * already lies inside it.
 */
import type { ListDraft } from './drafts';
import { bodyItems, bodyRunIn } from './listed-bodies';
import { overlapsRead } from './read-spans';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const CLAUSE = /[^，,。；;！!？?：:\n]+/g;

export function honouredBodyRuns(
  doc: KeyedText,
  lookup: RegionLookup,
  read: readonly ListDraft[],
): ListDraft[] {
  const taken = overlapsRead(read);
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
    for (const m of line.key.matchAll(CLAUSE)) {
      const start = line.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const names = bodyRunIn(m[0], start, lookup, true);
      if (!names) continue;
      lists.push({
        layout: 'sentence',
        items: bodyItems(doc, names),
        start: names[0]!.start,
        end: names[names.length - 1]!.end,
        lineIndexes: [line.index],
      });
    }
  }
  return lists;
}
