/**
 * The seventieth held-out set of single notices (zzu*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * The status of units already on a list: FIRST RUN PENDING.
 */
export const SEVENTIETH = {
  member: (id: string) => /^zzu\d/.test(id),
  role: 0,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
