/**
 * The fifty-fifth held-out set of single notices (zzf*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Notices in the voice of those passing a list on: a city's six communities in a ministry
 * department's 公示 of proposed names, seven of earlier rounds retold (a repost with site chrome);
 * a village of the same round's final naming on a regional portal (PDF); a city bureau's plaques
 * for two disaster-reduction communities (GBK page); the eleventh 一村一品 batch's 公示 in a
 * county daily's voice (GB18030 text) and the province daily's (Word, two named of 23); the
 * twelfth batch's 公示 through a synonym rewriter, one county spun into another word (HTML); the
 * tenth batch's final list in a forum's one-line run with products (UTF-16 text) and a county
 * site's 25 lines (PDF); the seventh batch's in a city account, the seventh unit only in the
 * feature (Big5 page); a county's call for its own honour list (ODT).
 * First run (gold committed before it): 32/78 right, 39 wrong, 7 missed, 11 invented, metadata
 * 50/59 (role 9/10, issuer 6/10), region strings 1/4, nothing lost silently.
 * Rules of the round: a bracketed note after a place in a run of places (…镇(生姜) …村(粉干)) is
 * the entry's title and the place is read without it (zzf06, zzf07, zzf09); a sentence opening
 * with an earlier time and the place's holding (此前，我市已有N个…入选…，它们分别是…) retells
 * earlier rounds' units, every run of it dropped (zzf01).
 * Final: see the report of the round.
 */
export const FIFTY_FIFTH = {
  member: (id: string) => /^zzf\d/.test(id),
  role: 0.9,
  regions: { file: 'regions-zzf', floor: 0.25 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
