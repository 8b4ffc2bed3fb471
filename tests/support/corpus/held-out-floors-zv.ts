/**
 * The forty-fifth held-out set of single notices (zv*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Public-comment notices of proposed lists (公示: 拟命名, 拟推荐) and the news of them: a
 * mirror's Big5 copy of a province's first green communities, one example before 等1603个 and
 * the list an attachment; a city paper's printed item naming 25 disaster-reduction communities
 * in one sentence, counties written once before several units, a reservoir area's committee and
 * two zones among them (PDF); a city bureau's page recommending three communities named in its
 * lead and again as numbered sections with write-ups, cut inside the third (RTF); a city
 * forum's GBK repost of a province's joint 公示 of a national recommendation and a provincial
 * naming with the city's share of the second; a province's 公示 recommending 39 communities for
 * a national title (UTF-16 text, traditional) and the national 公示 of the same round (MHT).
 * First run: 17/38 right, 2 wrong, 19 missed, 1 invented, metadata 31/36, rules 4/4, role 6/6,
 * region strings 4/4, one notice losing entries silently (zv03's sections, read with their
 * write-ups as titles, the third missed). Missed: the examples a 公示 recommends for a national
 * title (拟推荐A等39个…为全国…), the units after a reservoir area's committee (库区管委会) and
 * the counties written once after a county-level city's zone; zv06's issuer read as the bare
 * department its headline names.
 * After five rules (a 公示's counted pick for a higher level's title gives its example; a
 * community under a reservoir or scenic area's committee lies in the county before it; a
 * numbered unit closed by its full stop and written up is an entry with no title; a city's
 * zone places the next entries as their county; a headline's bare department yields to the
 * signature's organ): 32/37 right, none wrong, 2 invented, metadata 33/37, rules 4/4, role 6/6,
 * region strings 4/4, nothing lost silently; every notice of the other sets scored as before
 * but q15 (its example before 等52个…为全国…, now read). Still wrong:
 * zv01's example (a Big5 page whose damaged full stop runs the programme into the next
 * sentence) and its kind; zv02's two units of the statistical functional area written 滨海开发区
 * (滨海 read as a county of another province) and its programme taken from the headline with
 * its verb (潍坊公示…), and its last unit after them; zv04's title (the 公示's own, run into its
 * first sentence), its joint issuer's second organ and the national recommendation's example
 * (dropped with the province's example of the city's share).
 * After a zone written with its short name and its own word (滨海开发区) read as that zone, ending
 * the county before it: 35/37 right, none wrong, 1 invented (zv01's headline), metadata 33/37.
 */
export const FORTY_FIFTH = {
  member: (id: string) => /^zv\d/.test(id),
  role: 1,
  regions: { file: 'regions-zv', floor: 1 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
