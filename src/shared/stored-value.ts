/**
 * A field's value as the ledger stores it: a text with nothing in it is no value (NULL). An
 * extraction says "no title" with '' (a zone listed by its place alone); stored as '', it sorted
 * before every written title, was offered as a choice and named the record as 《》, where a
 * value cleared by hand (NULL) did none of that. Every writer of record fields stores through
 * this, so a blank field reads the same however it came to be blank.
 */
export function storedValue<T extends string | number | null | undefined>(
  value: T,
): Exclude<T, undefined> | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return value as Exclude<T, undefined>;
}
