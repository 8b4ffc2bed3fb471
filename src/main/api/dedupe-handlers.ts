/** Duplicates, merges and related links (issue #7), through every door. */
import '../db/operation-kinds';
import { duplicateReport } from '../core/dedupe/ledger-dedupe';
import { duplicateReview } from '../core/dedupe/review';
import { decidePairs, writeDedupeSettings } from '../db/queries/duplicates';
import { mergeRecords, unmerge } from '../db/queries/merge';
import { recordsByIds } from '../db/queries/records';
import { AppError } from '../../shared/app-error';
import type { HandlerGroup } from './handler-types';

type Methods =
  | 'duplicates/list'
  | 'records/merge'
  | 'duplicates/review'
  | 'duplicates/accept'
  | 'duplicates/decide'
  | 'duplicates/settings'
  | 'records/unmerge';

export const dedupeHandlers: HandlerGroup<Methods> = {
  'duplicates/list': (_input, ctx) => {
    const r = duplicateReport(ctx.ledger.db);
    // the documented CLI shape, nothing more
    return {
      groups: r.groups.map((g) => ({ recordIds: g.recordIds, score: g.score, reasons: g.reasons })),
      related: r.related.map((l) => ({ a: l.a, b: l.b, relation: l.relation, score: l.score })),
    };
  },
  'records/merge': (input, ctx) => {
    const id = mergeRecords(ctx.ledger.db, { ids: input.ids, survivorId: input.ids[0] });
    return recordsByIds(ctx.ledger.db, [id])[0]!;
  },
  'duplicates/review': (_input, ctx) => duplicateReview(ctx.ledger.db),
  'duplicates/accept': (input, ctx) => {
    const db = ctx.ledger.db;
    // one transaction, one operation per group: undo takes groups back one by one
    const ids = db.transaction(() =>
      input.groups.map((g) =>
        mergeRecords(db, { ids: g.ids, survivorId: g.survivorId, choices: g.choices }),
      ),
    )();
    return recordsByIds(db, ids);
  },
  'duplicates/decide': (input, ctx) => ({
    pairs: decidePairs(ctx.ledger.db, input.ids, input.decision),
  }),
  'duplicates/settings': (input, ctx) => {
    const { autoMerge, high, low } = input;
    if (high !== undefined && low !== undefined && low > high)
      throw new AppError('bad_thresholds', '复核阈值不能高于自动合并阈值');
    return writeDedupeSettings(ctx.ledger.db, { autoMerge, high, low });
  },
  'records/unmerge': (input, ctx) =>
    recordsByIds(ctx.ledger.db, unmerge(ctx.ledger.db, input.opId)),
};
