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

/** The records without the units a page says only kept their title, and those marked retold. */
export function withoutKeptTitles(
  doc: KeyedText,
  records: ExtractedRecord[],
): { records: ExtractedRecord[]; retold: ExtractedRecord[] } {
  const kept = records.map((_, i) => {
    const after = doc.key.slice(runEnd(doc, records, i), runEnd(doc, records, i) + 40);
    return KEPT.test(after.replace(BETWEEN, ''));
  });
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
