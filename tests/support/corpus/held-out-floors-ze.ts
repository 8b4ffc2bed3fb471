/**
 * The fifteenth held-out set of single notices (ze*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Programmes told by counts and plans, and places written short after their county: a site's
 * item on eighty funeral-reform pilot areas with their period and none named (UTF-16 text), a
 * city's 公示 of eight children's homes in one workbook column, one under the development zone
 * (old binary workbook), a wire item on embedded community services copied with a spam trail of
 * place names (MHT), a city's share of a province's millennium towns and villages, its villages
 * written town + place after the county once (PDF), the province's list by two examples per kind
 * and counts (GB18030 text), a city's social-work stations by count only (old Word file) and four
 * city organs' plan naming districts as targets (Word). First run: 12/17 right, none invented,
 * metadata 34/38, role 6/7, region strings 4/4, one notice losing two homes silently (ze02).
 * Then nothing lost silently once a facility list's first example written with its facility's
 * noun (…村儿童之家等8个儿童之家) counted the list. Then 17/17, none invented, once a home in a
 * school under its street (…街道某小学“幸福里”儿童之家) no longer ended the one-column list
 * (ze02) and villages written town + place without 村 were the villages their count of villages
 * names (…九街镇老樊庄、章化镇简城…3个村, ze04). Still: the funeral-reform item is read as
 * rules (ze01).
 */
export const TWENTY_EIGHTH = {
  member: (id: string) => /^ze\d/.test(id),
  role: 0.8,
  regions: { file: 'regions-ze', floor: 0.99 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
