/**
 * Live notices listed by 文号 and by date, in two partial indexes. Every import asks whether
 * the ledger already holds its notice under another file (app/import/twin-notice.ts): by
 * 文号, or without one by date (then title and issuer). Without an index each ask scanned
 * every notice, and a notice's row carries its whole text before those columns, so the scan
 * read every notice's text from the file: ~70 ms a notice on a ledger of 1,080 notices of
 * 33 KB each, growing with the ledger. Notices are written once per import: the two indexes
 * cost nothing an import notices.
 */
import type { Migration } from './types';

export const noticeTwinIndexes: Migration = {
  version: 15,
  name: 'notice-twin-indexes',
  up: (db) => {
    db.exec(`
      CREATE INDEX notices_doc_no ON notices(doc_no) WHERE withdrawn_at IS NULL;
      CREATE INDEX notices_issued_on ON notices(issued_on) WHERE withdrawn_at IS NULL;
    `);
  },
};
