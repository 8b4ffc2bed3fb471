/**
 * An imported value's source is the record's own mention, so the import no longer writes
 * a provenance row per field (a tenth of its storing time) and the rows it wrote are gone.
 *
 * - `field_provenance` keeps only what does NOT come from the record's source mention:
 *   an edit (op_id), a merge's or a later notice's choice (mention_id of another mention),
 *   or "no source" — a row with neither, which a merge writes when the value it takes had
 *   none, so the mention is not read back as its source.
 * - `field_sources` is what every reader reads: those rows (markers left out), and for a
 *   value set without one, the record's source mention — the first mention born with it
 *   (original_record_id, not joined; a merge moves mentions but keeps where they were
 *   born) and the operation of its notice. A hand-made record has no such mention.
 * - The field list is frozen here as the importer wrote it at this version; a later
 *   imported column needs a migration that redefines the view.
 */
import type { Migration } from './types';

const IMPORTED = [
  'seq',
  'title',
  'region_text',
  'region_code',
  'province',
  'city',
  'county',
  'town',
  'unit_code',
  'unit',
  'programme',
  'year',
  'batch',
  'status',
  'content',
] as const;

export const sourcesFromMention: Migration = {
  version: 8,
  name: 'sources-from-mention',
  up: (db) => {
    db.exec(`
      CREATE VIEW field_sources AS
        SELECT record_id, field, mention_id, op_id FROM field_provenance
         WHERE mention_id IS NOT NULL OR op_id IS NOT NULL
        UNION ALL
        SELECT r.id AS record_id, f.value AS field, m.id AS mention_id, n.op_id AS op_id
          FROM records r
          JOIN json_each('${JSON.stringify(IMPORTED)}') f
          JOIN mentions m ON m.id = (SELECT min(s.id) FROM mentions s
                                      WHERE s.original_record_id = r.id AND s.joined = 0)
          JOIN notices n ON n.id = m.notice_id
         WHERE CASE f.value ${IMPORTED.map((c) => `WHEN '${c}' THEN r."${c}"`).join(' ')} END IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM field_provenance p
                            WHERE p.record_id = r.id AND p.field = f.value);

      DELETE FROM field_provenance
       WHERE mention_id = (SELECT min(s.id) FROM mentions s
                            WHERE s.original_record_id = field_provenance.record_id AND s.joined = 0);
    `);
  },
};
