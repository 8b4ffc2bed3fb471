/**
 * "9家旅游度假区被确定为国家级旅游度假区，分别为：A、B…。上月底，某局发布了《关于推出10家…的公示》，
 * 拟确定A、B、C…为国家级旅游度假区": a page telling a list decided retells the 公示 that proposed it.
 * The units of that proposal are the round's candidates, not entries beyond those the page says
 * were decided: a candidate the decision left out was never confirmed, and the others are the
 * decided units told again. Each is kept as a mention with no batch of its own (like a unit kept
 * from an earlier round, kept-titles.ts): the import joins it to the record the ledger holds and
 * creates nothing otherwise.
 *
 * A proposal is retold when its sentence tells the 公示 as done (发布了《…公示》, 此前…公示) before
 * the unit and proposes it (拟确定, 拟认定…). Only while the page keeps entries of its own: a page
 * whose every unit is proposed (a 公示 itself, or a story on one) lists them as they stand.
 */
import { sentenceAt } from './sentence-at';
import type { KeyedText } from './text-key';
import type { ExtractedRecord } from './types';

/** A deciding verb, proposed (拟确定) or made (现认定). */
const DECIDES = /(拟)?(?:确定|认定|命名|推荐|评定|授予|表彰|列入)/g;
/** A 公示 told as over, its objections cleared: what follows is the decision, not the proposal. */
const CLEARED = /无异议|未收到.{0,4}异议|公示期满|公示结束|公示期已满/;
/** The 公示 told as done: issued by name, or told of before the decision. */
const TOLD_DONE =
  /(?:发布|印发|公布|发出|下发)了?[^。！？\n]{0,12}?《[^》]{0,80}?公示》|(?:此前|之前|早前|上月|上旬|日前)[^。！？\n]{0,30}?公示/;

/** Whether the record's unit is named by a retold proposal. */
function proposedBefore(doc: KeyedText, r: ExtractedRecord): boolean {
  const s = sentenceAt(doc.key, r.span.start);
  const before = s.text.slice(0, r.span.start - s.start);
  const told = TOLD_DONE.exec(before);
  if (!told) return false;
  // "此前对拟认定的…进行了公示，经公示无异议，现认定A、B": the 公示 was over and the page decides
  // A and B itself. The unit is proposed only where the last deciding verb before it proposes.
  const after = before.slice(told.index);
  const verbs = [...after.matchAll(DECIDES)];
  const last = verbs[verbs.length - 1];
  return !!last?.[1] && !CLEARED.test(after.slice(last.index));
}

/** The records without the units a retold proposal names, and those marked retold. */
export function withoutRetoldProposals(
  doc: KeyedText,
  records: ExtractedRecord[],
): { records: ExtractedRecord[]; retold: ExtractedRecord[] } {
  const proposed = records.map((r) => proposedBefore(doc, r));
  if (!proposed.includes(true) || proposed.every(Boolean)) return { records, retold: [] };
  return {
    records: records.filter((_, i) => !proposed[i]),
    retold: records.flatMap((r, i) => {
      if (!proposed[i]) return [];
      const { outcome: _told, ...rest } = r;
      return [{ ...rest, batch: undefined, year: null, retold: true as const }];
    }),
  };
}
