/**
 * Quick search by a 文号: staff and leaders name a list by its document number
 * (民函〔2019〕41号), and the records it names are what they look for. A term in the shape
 * of one — a year in brackets, of any kind the keyboard gives (民函[2019]41号, （2019）) —
 * also finds the records named in the notices whose 文号 holds it. Only that shape: any
 * other word is searched in the records' own text, never in every notice's.
 */

/** The term as 文号 are stored (brackets 〔〕, no spaces), or null when it is no 文号. */
export function docNoKey(term: string): string | null {
  const key = term
    .replace(/\s+/g, '')
    .replace(/[[(（【［﹝{]/g, '〔')
    .replace(/[\])）】］﹞}]/g, '〕');
  return /〔(?:19|20)\d{2}〕/.test(key) ? key : null;
}

/**
 * The LIKE pattern for a key (its LIKE characters escaped by the caller): a 文号 typed with its
 * organ's prefix starts the stored one, else 民函〔2019〕41号 would also find a province's
 * 苏民函〔2019〕41号; one typed from its bracket (（2019）41号) may stand after any prefix.
 */
export const docNoLike = (key: string, escaped: string): string =>
  key.startsWith('〔') ? `%${escaped}%` : `${escaped}%`;

/**
 * Records named in a live notice whose 文号 matches the LIKE pattern `p`: the notices are
 * few and read first, their records through the mentions' notice index.
 */
export const namedInDocNoSql = (p: string): string =>
  `r.id IN (SELECT m.record_id FROM mentions m WHERE m.notice_id IN (
     SELECT n.id FROM notices n
      WHERE n.withdrawn_at IS NULL AND replace(n.doc_no, ' ', '') LIKE ${p} ESCAPE '\\'))`;
