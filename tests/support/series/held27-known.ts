/**
 * The twenty-seventh held-out round's known problems as series (held27-*), listed so that none is
 * added. First run (before any rule) 4/9 records right as series, 2 invented, no event expected:
 * the province's two bodies of its capital (成都市社会救助管理站, 成都市第二社会福利院) are read
 * at their city with their names kept as the unit, not the title, so the two are told apart by
 * nothing the scorer reads (two invented, two missing); the children's home unveiling its plaque
 * (…举行了…试点示范单位揭牌) is not read; the district's earlier title retold beside its new pilot
 * (继2010年被…评为全国首批…试点示范区) and the district told as one of the first seven
 * demonstration areas (作为全国首批7个…示范区) are read as retold earlier batches, which make no
 * record where the ledger holds none (the corpus convention) though the gold labels them.
 */
const PROBLEMS = [
  'invented: other 510100 (02-sichuan.html)',
  'invented: other 510100 (02-sichuan.html)',
  'missing: other 510100',
  'missing: other 510100',
  'missing: other 150100',
  'missing: other 150204',
  'missing: other 430103',
];

export const HELD27_KNOWN: Record<string, string[]> = {
  'held27-national-social-work-demo-titles-2011': PROBLEMS,
};
