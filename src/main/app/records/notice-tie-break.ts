/**
 * The tie-break of a stored notice (core/records/source-authority.ts: the hash of its text,
 * then of its file), for weighing a record's values against the notices that set them.
 */
import type Database from 'better-sqlite3';
import { noticeTieBreak } from '../../core/records/source-authority';
import { statement } from '../../db/write/statements';

/**
 * Known per ledger connection and file hash: a notice's text never changes once stored,
 * and a join weighs the same few notices for every record it names.
 */
const known = new WeakMap<Database.Database, Map<string, string>>();

export function storedTieBreak(db: Database.Database, fileSha: string): string {
  let byFile = known.get(db);
  if (!byFile) known.set(db, (byFile = new Map()));
  let key = byFile.get(fileSha);
  if (key !== undefined) return key;
  const row = statement(db, 'SELECT raw_text AS text FROM notices WHERE sha256 = ? LIMIT 1').get(
    fileSha,
  ) as { text: string } | undefined;
  key = noticeTieBreak(row?.text ?? '', fileSha);
  if (!row) return key; // not stored (yet): nothing to keep
  if (byFile.size > 10_000) byFile.clear();
  byFile.set(fileSha, key);
  return key;
}
