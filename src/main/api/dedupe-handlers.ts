/** Duplicates, merges and related links (issue #7), through every door. */
import { decidePairs, saveDedupeSettings } from '../app/dedupe/decisions';
import { compareRecords, duplicateReview } from '../app/dedupe/duplicate-review';
import { linkRecords } from '../app/dedupe/link-records';
import { unlinkRecords } from '../app/dedupe/unlink-records';
import { splitMention } from '../app/records/split-mention';
import { duplicateReport } from '../app/dedupe/ledger-dedupe';
import { mergeRecords, unmerge } from '../app/dedupe/merge-records';
import { recordsByIds } from '../db/queries/records';
import type { HandlerGroup } from './handler-types';

type Methods =
  | 'duplicates/list'
  | 'records/merge'
  | 'duplicates/review'
  | 'duplicates/accept'
  | 'duplicates/decide'
  | 'duplicates/settings'
  | 'records/unmerge'
  | 'records/compare'
  | 'records/link'
  | 'records/unlink'
  | 'records/splitMention';

export const dedupeHandlers: HandlerGroup<Methods> = {
  'duplicates/list': (_input, ctx) => {
    ctx.onProgress?.({ done: 0, total: 1, item: '比对全部记录' });
    const r = duplicateReport(ctx.ledger);
    ctx.onProgress?.({ done: 1, total: 1 });
    // the documented CLI shape, nothing more
    return {
      groups: r.groups.map((g) => ({ recordIds: g.recordIds, score: g.score, reasons: g.reasons })),
      related: r.related.map((l) => ({ a: l.a, b: l.b, relation: l.relation, score: l.score })),
    };
  },
  'records/merge': (input, ctx) => {
    const id = mergeRecords(ctx.ledger, { ids: input.ids, survivorId: input.ids[0] });
    return recordsByIds(ctx.ledger.db, [id])[0]!;
  },
  'duplicates/review': (_input, ctx) => {
    ctx.onProgress?.({ done: 0, total: 1, item: '比对全部记录' });
    const review = duplicateReview(ctx.ledger);
    ctx.onProgress?.({ done: 1, total: 1 });
    return review;
  },
  'duplicates/accept': (input, ctx) => {
    const db = ctx.ledger.db;
    // one transaction, one operation per group: undo takes groups back one by one
    const ids = db
      .transaction(() =>
        input.groups.map((g, i) => {
          ctx.onProgress?.({ done: i, total: input.groups.length, item: '合并重复记录' });
          return mergeRecords(ctx.ledger, {
            ids: g.ids,
            survivorId: g.survivorId,
            choices: g.choices,
          });
        }),
      )
      .immediate();
    ctx.onProgress?.({ done: input.groups.length, total: input.groups.length });
    return recordsByIds(db, ids);
  },
  'duplicates/decide': (input, ctx) => ({
    pairs: decidePairs(ctx.ledger, input.ids, input.decision),
  }),
  'duplicates/settings': (input, ctx) => {
    const { autoMerge, high, low } = input;
    return saveDedupeSettings(ctx.ledger, { autoMerge, high, low });
  },
  'records/unmerge': (input, ctx) => recordsByIds(ctx.ledger.db, unmerge(ctx.ledger, input.opId)),
  'records/compare': (input, ctx) => compareRecords(ctx.ledger, input.ids),
  'records/link': (input, ctx) => ({
    links: linkRecords(ctx.ledger, input.ids, input.relation),
  }),
  'records/unlink': (input, ctx) => ({ links: unlinkRecords(ctx.ledger, input.a, input.b) }),
  'records/splitMention': (input, ctx) =>
    splitMention(ctx.ledger, {
      mentionId: input.mentionId,
      ...(input.into !== undefined ? { into: input.into } : {}),
    }),
};
