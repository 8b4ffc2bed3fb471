/**
 * A stored notice's name as every sentence gives it (shared/notice-name.ts): its title, or,
 * untitled, its issuer and date or first line — the name the notices list shows — never its
 * file name while anything else is known.
 */
import type Database from 'better-sqlite3';
import { firstLineOf, noticeName } from '../../../shared/notice-name';
import { statement } from '../write/statements';

interface NameRow {
  title: string | null;
  issuer: string | null;
  issued_on: string | null;
  file: string;
  head: string | null;
}

/** The notice's name cut to `max` characters (ending in …); null when no such notice. */
export function storedNoticeName(db: Database.Database, id: number, max = Infinity): string | null {
  // Prepared once per connection (a history of many lines names notices again and again); a
  // blank title is no title: the name then comes from the text's first line as for NULL.
  const r = statement(
    db,
    `SELECT title, issuer, issued_on, file,
      CASE WHEN trim(coalesce(title, '')) = '' THEN substr(raw_text, 1, 400) END AS head
     FROM notices WHERE id = ?`,
  ).get(id) as NameRow | undefined;
  if (!r) return null;
  return noticeName(
    {
      title: r.title,
      issuer: r.issuer,
      issuedOn: r.issued_on,
      file: r.file,
      firstLine: r.head === null ? null : firstLineOf(r.head),
    },
    max,
  );
}

/**
 * Names notices by id as storedNoticeName does, each read once: a regeneration writing thirty
 * duties' notes, or a record's history of many lines, names the same few notices again and
 * again. Null for an id that is none (or no notice any more).
 */
export function storedNoticeNamer(db: Database.Database): (id: number | null) => string | null {
  const names = new Map<number, string | null>();
  return (id) => {
    if (id === null) return null;
    if (!names.has(id)) names.set(id, storedNoticeName(db, id));
    return names.get(id)!;
  };
}
