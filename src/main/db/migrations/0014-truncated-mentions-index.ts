/**
 * The mentions a notice flagged as cut short (warning truncated_item), listed by record in
 * a partial index. The duplicate finder reads that flag for every record it compares, and
 * a large ledger's import check reads a few thousand records near each notice: without an
 * index each record's mentions were read row by row and their extracted JSON searched for
 * a flag that almost none carries — half the cost of reading a nearby record. The index
 * holds only the flagged mentions (a few in a ledger), so a record without one is answered
 * by the index alone and an import writes into it only when a notice cuts a title short.
 * Read through it by name (db/queries/mention-warnings.ts): without statistics on it the
 * planner prefers mentions_record.
 */
import type { Migration } from './types';

export const truncatedMentionsIndex: Migration = {
  version: 14,
  name: 'truncated-mentions-index',
  up: (db) => {
    db.exec(`
      CREATE INDEX mentions_truncated ON mentions(record_id)
        WHERE instr(extracted, '"truncated_item"') > 0;
    `);
  },
};
