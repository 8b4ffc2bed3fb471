/**
 * The sixty-eighth held-out set of single notices (zzs*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Lists of cases, brands and projects rather than zones, and pages naming none: a province's
 * village cases with the first of 20 titled in 《》 after its village and a second list of two
 * shows titled in 《》 after their performers (Word); a province's two township cases of a
 * national round titled in quotes right after county + township, after 榜上有名，分别是 (GBK page);
 * one township's case in quotes after its place and 的, its kind word after (glossed traditional
 * page); a city's education brands, the first project's unit opening its quoted name (GB18030
 * text); a brand contest telling contestants' brands but not the winners (RTF, traditional);
 * fifty brand social organisations announced unnamed (Big5 page); a ministry office's funded
 * projects given only as four attachment headings, an office address in a district (PDF); the
 * second shortlist of a national call, its first case a community told in prose (ODT); a
 * district's nineteen candidate stations (Word); a community's two best projects unnamed beside
 * the fields they cover (saved web archive).
 * First run (gold committed before it): 1/8 right, 0 wrong, 7 missed, 0 invented, no status
 * stated where the notice states none, rules 0/0, role 9/10, metadata 52/55, nothing lost
 * silently, no expected warning missed.
 * Rules of the round: a run after 分别是/分别为 whose clause says the cases made the list
 * (榜上有名, 上榜) is honoured as after 入选 (placed-title-runs.ts; zzs02); a quoted example before
 * 等N个 and the designation whose name opens with its own unit's place is read at that place
 * (placed-title-runs.ts; zzs04); a quoted case after its place and the possessive 的 is the
 * place's own (placed-quotes.ts; zzs03); shortlisted cases shown for a vote are the write-ups
 * opening with their unit's place from its province, in their first or second sentence
 * (showcase-writeups.ts; zzs08, and the earlier y07); a headline naming a meeting (…评审会,
 * …推进会) is no organ above the title (issuer.ts; zzs10's issuer).
 * Final (full corpus run of this branch): 6/8 right, 0 wrong, 2 missed, 0 invented, no status
 * stated where none is, rules 0/0, role 9/10, metadata 56/58 (the programme now read on four
 * notices), nothing lost silently, no expected warning missed. The rest of the corpus: no notice
 * worse (one better, y07's shortlisted case), rules 146/153 unchanged.
 * Left: a second list of shows titled in 《》 after performer and genre (…镇长快板书《…》, zzs01);
 * an organ told acting in a story's lead read as the issuer of a page naming no outlet (zzs03);
 * a ministry's publication of funded projects read as rules only (zzs07).
 */
export const SIXTY_EIGHTH = {
  member: (id: string) => /^zzs\d/.test(id),
  role: 0.9,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
