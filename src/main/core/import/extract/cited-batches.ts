/**
 * "评选出A“…”、B“…”…等10个项目为“十大创新经验”，C“…”等25个项目为创新经验提名项目": a prose
 * list that gives one batch in full under its own programme, then cites another batch of the
 * same kind of unit by one example and its count. The cited batch is another list the notice
 * does not give; its example is no entry of the one it gives, and its count is no count of
 * that list. Groups of other levels of one programme ("…6个城区为示范城区，…军安社区等39个
 * 社区为示范社区") are the list's own, example and all.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import { withoutAppendedEarlierLists } from './appended-batches';
import { withoutBatchLedRuns } from './batch-led-runs';
import { withoutEarlierBatchRows } from './batch-column-rows';
import type { CategoryDraft, ItemDraft, ListDraft } from './drafts';
import { comparable, type KeyedText } from './text-key';

/** A group closed by a membership phrase ("…为创新经验提名项目"), not by a bare noun ("3城区"). */
const namesBatch = (name: string): boolean => comparable(name).length >= 4;

/** After a group's last place: its quoted title, the count and the noun it counts ("项目"). */
const COUNTED_NOUN = new RegExp(
  `^(?:[^“”"「」，。；]{0,8}[“"「][^“”"「」]*[”"」])?\\s*(?:等(?:在内的)?)?\\s*(?:[0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:个|家|项|批)?\\s*([\\u4e00-\\u9fff]{1,6}?)(?=为|被|入选|入围|获评|荣获|成为|列为|确定为|评为)`,
);

function nounOf(doc: KeyedText, list: ListDraft, group: CategoryDraft): string | null {
  const at = list.items.findIndex((it) => it.start === group.start);
  const last = at < 0 ? undefined : list.items[at + group.found - 1];
  return last ? (COUNTED_NOUN.exec(doc.key.slice(last.end, last.end + 80))?.[1] ?? null) : null;
}

export function withoutCitedBatches(doc: KeyedText, list: ListDraft): ListDraft {
  const groups = list.categories ?? [];
  const full = groups.find((c) => namesBatch(c.name) && c.stated !== null && c.found === c.stated);
  if (!full) return list;
  const noun = nounOf(doc, list, full);
  const cited = groups.filter(
    (c) =>
      c.examples === true &&
      c.start > full.start &&
      namesBatch(c.name) &&
      comparable(c.name) !== comparable(full.name) &&
      // Only a batch where one name stands for many is cited.
      c.found === 1 &&
      noun !== null &&
      nounOf(doc, list, c) === noun,
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

/** A batch by its ordinal: 首批 is the first; 第三批, 第3批. */
const BATCH = new RegExp(`首批|第([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)批`);

function batchAt(text: string): number | null {
  const m = BATCH.exec(text);
  if (!m) return null;
  return m[1] === undefined ? 1 : parseNumber(m[1]);
}

/** The batch the notice opens on: the first one written before its first listed unit. */
function ownBatch(doc: KeyedText, lists: ListDraft[]): number | null {
  const starts = lists.filter((l) => l.items.length > 0).map((l) => l.start);
  return starts.length > 0 ? batchAt(doc.key.slice(0, Math.min(...starts))) : null;
}

/**
 * The runs an earlier batch's own sentence introduces, taken out before the lists are
 * de-duplicated: a place such a run retells (开封市 of the first batch) is no repeat of the
 * page's own entry in the same place, which would otherwise be dropped as named twice.
 */
export function withoutEarlierLedRuns(
  doc: KeyedText,
  lists: ListDraft[],
): { lists: ListDraft[]; retold: ListDraft[] } {
  // Rows a table's batch column gives to a batch before the one named above the table.
  const rows = withoutEarlierBatchRows(doc, lists, (b, list) => {
    const own = batchAt(doc.key.slice(0, list.start));
    return own !== null && (batchAt(b) ?? own) < own;
  });
  const own = ownBatch(doc, rows.lists);
  if (own === null) return rows;
  const led = withoutBatchLedRuns(doc, rows.lists, (b) => (batchAt(b) ?? own) < own);
  // An earlier batch's list appended under its own title line (附：第一批…名单).
  const tail = withoutAppendedEarlierLists(doc, led.lists, (b) => (batchAt(b) ?? own) < own);
  return { lists: tail.lists, retold: [...rows.retold, ...led.retold, ...tail.retold] };
}

/**
 * "…第二批…名单公布，A、B等50个地区上榜。同年9月，C、D等30个地区成为首批试点": a group whose
 * own words make it an earlier batch than the one the notice opens on is that batch recalled,
 * not entries of the notice. Only an earlier one (a notice naming two batches in order, A等为
 * 第一批，B等为第二批, gives both), and only while other entries remain. The recalled groups are
 * not thrown away: each comes back as a list of its own marked with the batch it retells
 * (`retold`), whose units are mentions of that batch's records — joined when the ledger holds
 * them, never new records (app/import/notice-changes.ts).
 */
export function withoutEarlierBatches(
  doc: KeyedText,
  lists: ListDraft[],
): { lists: ListDraft[]; retold: ListDraft[] } {
  const first = lists.find((l) => l.items.length > 0);
  const own = first ? batchAt(doc.key.slice(0, first.start)) : null;
  if (own === null) return { lists, retold: [] };
  // A run an earlier batch's own sentence introduces (第一批…入选，其中包括A、B) is retold too.
  const led = withoutBatchLedRuns(doc, lists, (b) => (batchAt(b) ?? own) < own);
  const unchanged = led;
  lists = led.lists;
  const earlier = (c: CategoryDraft) => {
    const batch = batchAt(c.name);
    return batch !== null && batch < own;
  };
  const retold: ListDraft[] = [...led.retold];
  const kept = lists.map((list) => {
    const recalled = (list.categories ?? []).filter(earlier);
    if (recalled.length === 0) return list;
    const dropped = new Set<ItemDraft>();
    for (const c of recalled) {
      const at = list.items.findIndex((it) => it.start === c.start);
      const items = at < 0 ? [] : list.items.slice(at, at + c.found);
      items.forEach((it) => dropped.add(it));
      const batch = BATCH.exec(c.name)?.[0];
      if (items.length > 0 && batch)
        retold.push({
          ...list,
          items,
          start: items[0]!.start,
          end: items[items.length - 1]!.end,
          categories: [c],
          retold: batch,
        });
    }
    const items = list.items.filter((it) => !dropped.has(it));
    return {
      ...list,
      items,
      end: items[items.length - 1]?.end ?? list.end,
      categories: (list.categories ?? []).filter((c) => !recalled.includes(c)),
    };
  });
  if (!kept.some((l) => l.items.length > 0)) return unchanged;
  return {
    lists: kept.filter((l, i) => l.items.length > 0 || lists[i]!.items.length === 0),
    retold,
  };
}
