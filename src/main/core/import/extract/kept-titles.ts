/**
 * "苏州市、张家港市、常熟市蝉联“全国文明城市”", "长治市经中央文明委复查确认继续保留全国文明城市
 * 称号": a round's page names, beside its new units, those that only kept the title they won in
 * an earlier round. Those are earlier records retold (an event of a review at most), never
 * entries of the new round: like a unit retold from an earlier batch (retold-batches.ts) each is
 * kept as a mention with no batch of its own.
 *
 * A unit kept is one whose own run goes on, past the other units of the run and their
 * separators, to the keeping verb. Only while the page keeps entries of its own: a page whose
 * every unit kept its title (a review's own result) lists them as they stand.
 */
import type { KeyedText } from './text-key';
import type { ExtractedRecord } from './types';

/** The keeping verb, right after the run (an adverb or the reviewing organ may come first). */
const KEPT =
  /^(?:均|都|再次|继续|成功)?(?:蝉联|蟬聯|经[^，。,；;\n]{0,12}?复查确认(?:继续)?保留|经复查(?:确认)?继续保留)/;
/** What may stand between a unit and the next one of its run, or the verb. */
const BETWEEN = /^[、，,和及与\s]*/;
/** Where the verb's clause ends: its comma, stop or line break. */
const CLAUSE_END = /[，,；;。\n]/;
/** A clause that goes on to name who kept the title (…的城市有, …的是, a colon). */
const INTRODUCES = /的[\u4e00-\u9fff]{0,4}?(?:有|是|为|為|包括)|[:：]/;

/** Where the run the record opens or continues ends: past the units that follow it. */
function runEnd(doc: KeyedText, records: ExtractedRecord[], i: number): number {
  let end = records[i]!.span.end;
  for (let k = i + 1; k < records.length; k++) {
    const gap = doc.key.slice(end, records[k]!.span.start);
    if (BETWEEN.exec(gap)?.[0] !== gap) break;
    end = records[k]!.span.end;
  }
  return end;
}

/**
 * Whether the run record `i` is part of goes on to the keeping verb. Not when the verb opens a
 * clause naming who kept the title ("…常熟市辛庄镇\n蝉联全国文明城市的城市有苏州市、张家港市")
 * or a heading ending in a colon: the verb heads those units, and the run before it is another
 * list's, whose new entries must stay.
 */
function keptAt(doc: KeyedText, records: ExtractedRecord[], i: number): boolean {
  const end = runEnd(doc, records, i);
  const verb = end + (BETWEEN.exec(doc.key.slice(end))?.[0].length ?? 0);
  const after = doc.key.slice(verb, verb + 80);
  if (!KEPT.test(after)) return false;
  const stop = after.search(CLAUSE_END);
  return !INTRODUCES.test(stop < 0 ? after : after.slice(0, stop));
}

/** The records without the units a page says only kept their title, and those marked retold. */
export function withoutKeptTitles(
  doc: KeyedText,
  records: ExtractedRecord[],
): { records: ExtractedRecord[]; retold: ExtractedRecord[] } {
  const kept = records.map((_, i) => keptAt(doc, records, i));
  if (!kept.includes(true) || kept.every(Boolean)) return { records, retold: [] };
  return {
    records: records.filter((_, i) => !kept[i]),
    retold: records.flatMap((r, i) => {
      if (!kept[i]) return [];
      const { outcome: _told, ...rest } = r;
      return [{ ...rest, batch: undefined, year: null, retold: true as const }];
    }),
  };
}
