/**
 * The quick-search trigram index without what no query reads, merged less often:
 *
 * - `columnsize=0`: FTS5 kept a row per record of token counts per column (the docsize
 *   table), read only by ranking functions (bm25) — no search ranks, every one orders by
 *   record id. Each import wrote that row for every record.
 * - `automerge=8` instead of FTS5's 4: an import adds one small segment per notice, and
 *   merging them four at a time was about two fifths of the index's write cost (a record's
 *   postings rewritten once per level). Eight at a time halves the levels' merges; a search
 *   reads at most a few more segments (about 16 instead of 10 at 100k records, no slower
 *   in the bench's lookups).
 *
 * Search results are the same: the same columns, tokenizer and positions (detail=full, so
 * phrases still match). The index is rebuilt from the records once, here.
 */
import type { Migration } from './types';

export const leanSearchIndex: Migration = {
  version: 10,
  name: 'lean-search-index',
  up: (db) => {
    // The triggers on records name records_fts and are kept: they find the new table by name.
    db.exec(`
      DROP TABLE records_fts;
      CREATE VIRTUAL TABLE records_fts USING fts5(
        region_text, unit, title, content, programme,
        content='records', content_rowid='id', tokenize='trigram', columnsize=0
      );
      INSERT INTO records_fts(records_fts, rank) VALUES ('automerge', 8);
      INSERT INTO records_fts(records_fts) VALUES ('rebuild');
    `);
  },
};
