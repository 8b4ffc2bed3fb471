/**
 * The units a notice retells from an earlier batch of its programme ("第二批…名单公布…去年，我省
 * A、B、C跻身首批…行列"): the notice names them, so they are not thrown away, but it is not their
 * confirmation. Each comes out as a record of that earlier batch marked `retold`: the import
 * joins it to the batch's record as a mention (no field changed), or, where the ledger holds
 * none, creates nothing and says so (app/import/notice-changes.ts). The groups are found by
 * withoutEarlierBatches (cited-batches.ts), which keeps them out of the notice's own lists.
 */
import type { ListDraft } from './drafts';
import { recordsFromLists, type NoticeFrame } from './list-records';
import type { KeyedText } from './text-key';
import type { ExtractedRecord } from './types';

export function retoldBatchRecords(
  doc: KeyedText,
  lists: readonly ListDraft[],
  listLines: ReadonlySet<number>,
  frame: NoticeFrame,
): ExtractedRecord[] {
  return lists.flatMap((list) => {
    if (!list.retold) return [];
    // "前两批" names the earlier batches together, no one of them: each unit's batch is unsaid,
    // so it is a mention of whichever earlier batch's record holds it.
    const batch = /^前.批$/.test(list.retold) ? null : list.retold;
    // The notice's own year is its batch's, not the retold one's: the record's own stays.
    const programme = frame.programme ? { ...frame.programme, batch, year: null } : null;
    // Its warnings are the notice's own list's business (counts, gaps): none of them here.
    // Nor does it tell what befell them: a retelling is no event — unless the notice accepts
    // them now (acceptedNow), an event of the batch's records.
    return recordsFromLists(doc, [list], listLines, {
      ...frame,
      programme,
      year: null,
    }).records.map(({ outcome, ...r }): ExtractedRecord => ({
      ...r,
      ...(list.acceptedNow && outcome ? { outcome } : {}),
      batch: batch ?? undefined,
      year: null,
      retold: true,
    }));
  });
}
