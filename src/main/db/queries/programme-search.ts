/**
 * Quick search by a programme's name: staff name a list by its programme
 * (湖北省社区治理和服务创新实验区) as often as by its 文号, and a search for that name found
 * nothing, because quick search reads only a record's own text (record-search.ts: a short
 * word such as 社区 would find every row of every programme named …社区…). A term finds the
 * records of a programme only when it names one: it is the programme's whole name, or the
 * end of it of at least PROGRAMME_TAIL characters (社区治理和服务创新实验区 names the national
 * programme and each province's); a theme word (社区治理和服务创新) ends no programme's name.
 */

/** The shortest tail of a programme's name that names it: a kind noun and its qualifiers. */
const PROGRAMME_TAIL = 8;

/** The term names programmes by their whole name or their name's end (it is long enough). */
export const namesProgramme = (term: string): boolean => [...term].length >= PROGRAMME_TAIL;

/**
 * Records of a programme the term names: `exact` is the term, `tail` the LIKE pattern
 * `%term` with the term's LIKE characters escaped by the caller.
 */
export const programmeNamedSql = (exact: string, tail: string): string =>
  `(r.programme = ${exact} OR r.programme LIKE ${tail} ESCAPE '\\')`;
