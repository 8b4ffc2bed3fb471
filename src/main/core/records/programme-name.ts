/**
 * One programme written several ways: the kind of unit it names is followed, or not, by the
 * levels of division it also admits — 实验县（市、区）, 实验县（区）, 实验县 — and a list
 * split at its 、 may cut that bracket open (实验县（市). The name without the bracket is the
 * programme's base: two names with the same base are the same programme. Its stem leaves out
 * the unit word as well.
 */

/** A bracket of division levels only ("(市、区)", "（区）", "(市、区、旗)"), closed or cut open. */
const LEVELS_BRACKET =
  /[(（](?:[省市区县旗州盟乡镇村]|街道|社区)(?:、(?:[省市区县旗州盟乡镇村]|街道|社区))*(?:[)）]|$)/g;

/** The programme's name without brackets of division levels, spaces and width differences. */
export function programmeBase(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .replace(LEVELS_BRACKET, '');
}

/**
 * The ways a national programme's scope is written in front of its name, after the central
 * funding that pays for it where a list names that (中央财政支持海绵城市建设试点: the ministries'
 * second year writes its money before the programme its first year named bare).
 */
const NATIONAL_SCOPE = /^(?:中央财政(?:资金)?支持)?(?:全国|国家级|国家)?/;

/**
 * A national programme's name without its scope: the ministry's list names it bare or 国家…,
 * a city's page, a province's plan or a paper often 全国… or 国家级…, all one programme. A
 * province's own programme is never bare in the ledger (its place is written in front of it),
 * so no local programme is taken for a national one.
 */
export function nationalBase(base: string): string {
  return base.replace(NATIONAL_SCOPE, '');
}

/** How stored names of that base may start: bare or with its national scope written. */
export function nationalStarts(base: string): string[] {
  return ['', '全国', '国家', '国家级', '中央财政支持', '中央财政资金支持'].map(
    (scope) => scope + base,
  );
}

/** Two names of one programme, differing only in the levels written after its unit word. */
export function sameProgrammeBase(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && programmeBase(a) === programmeBase(b);
}

/**
 * The honour's name without the kind of unit it ends in: a village's feature writes
 * "全国乡村治理示范村" for the list "全国乡村治理示范村镇", a community's "…示范社区" for
 * "…示范单位". A pilot programme is written with the kind of area it names or without it:
 * the ministry's "…试点" is a city's "…试点地区", a paper's "…试点城市" or "…试点市". A
 * demonstration title given to cities and counties alike is written for the one it names
 * ("…示范市县" is a city's "…示范市", a county's "…示范县", and "…示范区" once renamed). The
 * stem names the list; which unit is meant is the identity's to say.
 */
const UNIT_WORD =
  /(?:村镇|乡镇|社区|单位|街道|村|镇|乡|(?<=试点)(?:地区|城市|市)|(?<=示范)(?:市县|县市|市|县|区))$/;

export function programmeStem(name: string): string {
  const base = programmeBase(name);
  return base.replace(UNIT_WORD, '');
}

/**
 * Words a follow-up drops from the middle of a programme's name, as a run ending in a
 * modifier: "和服务创新" (全国社区治理和服务创新实验区 → 全国社区治理实验区), "创新", "建设".
 */
const DROPPED_RUN = /^[和与及]?[\u4e00-\u9fa5]{0,4}?(?:创新|建设|服务|发展|改革)$/;

/**
 * `short` is `long` with one run of modifier words left out of its middle: the scope and
 * subject before the run (four characters at least) and the unit word after it (two at
 * least) kept as written. 全国农村社区治理实验区 is never 全国社区治理实验区 shortened: what
 * is left out must be a modifier, not the subject.
 */
export function isShortenedProgramme(long: string | null, short: string | null): boolean {
  if (!long || !short) return false;
  const a = programmeBase(long);
  const b = programmeBase(short);
  const cut = a.length - b.length;
  if (cut < 2) return false;
  let head = 0;
  while (head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  if (head + tail < b.length) return false;
  for (let p = b.length - tail; p <= head; p++)
    if (p >= 4 && b.length - p >= 2 && DROPPED_RUN.test(a.slice(p, p + cut))) return true;
  return false;
}
