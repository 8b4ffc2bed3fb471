/**
 * The third to eighteenth held-out sets (s* to i*) and the format variants, measured apart from the
 * others' totals: their role shares, region strings and warning ceilings (registered in APART,
 * held-out-floors.ts). Each comment says what the set covers and how it scored on its first run.
 */

/**
 * The third held-out set (s*) on its own: its role at the level general rules then reached
 * (0.79 on the first run), its lost items at their first-run level, its region strings
 * (regions-s, 21/22 on the first run) at the level general rules
 * then reached, so that none of them moves the others' floors.
 */
export const THIRD = {
  member: (id: string) => /^s\d/.test(id),
  role: 0.86,
  regions: { file: 'regions-s', floor: 0.99 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The fourth held-out set (t*), measured apart the same way: first run 167/226 right, 27
 * invented, role 10/16, region strings 25/27; now at what the rules it taught reached.
 */
export const FOURTH = {
  member: (id: string) => /^t\d/.test(id),
  role: 1,
  regions: { file: 'regions-t', floor: 0.99 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The fifth held-out set (u*, the core programmes from new provinces and cities), measured
 * apart the same way: first run 88/125 right, 9 invented (a PDF line wrap carries the wrong county
 * in u11; a workbook's city column in u12), metadata 73/89, region strings 13/18; floors under
 * what the rules it taught then reached (93/125, region strings 16/18), then 104/125 once a unit
 * with its honour on the next line, cases named by their recommending organ and case titles
 * in book-title marks were read, with nothing lost silently and no expected warning missing;
 * then 111/125 with 1 invented (on their own) once multi-level place columns, per-city counts,
 * county-level cities heading a prose entry and zones named by their county were read.
 */
export const FIFTH = {
  member: (id: string) => /^u\d/.test(id),
  role: 1,
  regions: { file: 'regions-u', floor: 0.85 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The sixth held-out set (v*), later notices (reviews, acceptances reported by a city,
 * progress items, calls, rules, items that name no unit), measured apart the same way.
 * First run: 12/46 right, 7 invented, status 0/12, role 6/15, metadata 64/86, region
 * strings 14/16; then 0 invented and status 11/12 once 全部达标 read as a pass and graded
 * counties stopped being entries; 23/46, one lost silently and one warning missing once the
 * units an assessment names (对…的A、B…进行了考察/验收) became entries; 32/46 on their own once
 * programme names glued before places, unit“title” pairs, quoted project names and headline
 * project names were read, and a counted enumeration with no name read said so.
 */
export const SIXTH = {
  member: (id: string) => /^v\d/.test(id),
  role: 1,
  regions: { file: 'regions-v', floor: 0.87 },
  lostSilently: 1,
  missingExpectedWarnings: 0,
};

/**
 * The eighth held-out set (x*), notices over time on units already named (re-reviews, annual
 * grades and demotions, pre-acceptance and mid-term checks, 公示 before naming, lists that never
 * came through, items that name no unit), measured apart the same way. First run: 31/66
 * right, 2 invented, status 0/8, rules 1/2, role 9/15, metadata 63/80, region strings 12/15;
 * then 48/66, 1 invented, status 6/8, rules 2/2 once a county fused with a characteristic
 * town's name read as place and title, 暂缓确认 and 降格 as outcomes, a revocation said not to
 * have happened as none, and an objection window's dates after its working days; then 63/66,
 * none invented, status 7/8, role 13/15, metadata 69/81, region strings 14/15 once villages
 * grouped after their township with 的 were read and placed, a township named like a province
 * stayed a township, a count of places that acted was no list and reprints (据…消息) were news.
 */
export const EIGHTH = {
  member: (id: string) => /^x\d/.test(id),
  role: 0.86,
  regions: { file: 'regions-x', floor: 0.9 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The seventh held-out set (w*), lists of the core programmes in the formats the corpus had
 * least of (.xls, .doc, a PDF table whose cells wrap, nested web tables, GB18030/Big5/UTF-16),
 * measured apart the same way. First run: 29/83 right, 3 invented, metadata 70/84, role 11/15,
 * region strings 9/13, no item lost silently, 2 expected warnings missing; then 30/83, 2
 * invented, metadata 71/84, region strings 10/13 once converter pinyin with a space and a
 * nationality district written short were read.
 */
export const SEVENTH = {
  member: (id: string) => /^w\d/.test(id),
  role: 0.86,
  regions: { file: 'regions-w', floor: 0.99 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The ninth held-out set (k*), how city and county bureaus, local papers and portals really
 * publish the core programmes (county news retelling a national list, 公示 items, a bureau's
 * reply listing streets and committees, reposts with portal chrome, bare community names),
 * measured apart the same way. First run: 44/75 right, 4 invented, status 0/0, rules 0/2, role
 * 11/14, metadata 70/83, region strings 11/15, nothing lost silently; then 72/75 with 3
 * invented, role 12/14, metadata 72/83, rules 1/2 once a reply's county addressee placed lines
 * written from the township down, communities named bare beside an equal count were read under
 * the one district named before them, a time adverb before the membership verb (先后被确定为)
 * was read, a window's dates joined by a doubled dash were read and a draft plan's title
 * (…方案（征求意见稿）) was no case heading.
 */
export const NINTH = {
  member: (id: string) => /^k\d/.test(id),
  role: 0.8,
  regions: { file: 'regions-k', floor: 0.8 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The tenth held-out set (y*), lists of the core programmes from places the corpus had not
 * covered (a three-sheet workbook, a wrapped PDF table, a .doc table with category rows, Big5
 * traditional text, a nested web table, UTF-16 text, GB18030 CSV), measured apart the same way.
 * First run: 29/76 right, 6 invented, metadata 34/41, region strings 8/14, one notice losing
 * items silently; then 68/76, 3 invented, metadata 39/42, region strings 12/14, none lost
 * silently once 乡（镇、场）, 城区 and …单位 headed place columns, a study's sample was no list, a
 * hyphen joined a zone's name and a call's title over its shown pick was no call (and
 * development zones took the city in the gold, as in earlier sets).
 */
export const TENTH = {
  member: (id: string) => /^y\d/.test(id),
  role: 0.85,
  regions: { file: 'regions-y', floor: 0.85 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The eleventh held-out set (h*), case and honour lists of the core programmes and their
 * follow-ups from places and years the corpus had not covered (an award notice whose title wraps
 * after a dash, portal pages, a list only in an attachment, a relayed city pick in a workbook,
 * Big5 and UTF-16 text in traditional characters, a 序号/案例名称/申报单位 Word table), measured
 * apart the same way. First run: 5/28 right, none invented, role 10/12, metadata 58/70, region
 * strings 12/13, nothing lost silently, 5 expected warnings missing; then 22/28, none invented,
 * metadata 60/70 once committees written with their full name were read as their places, a
 * compound column (小区名) beside its district as the unit, an issuer that is a county's office
 * as the place of 我县, an entry naming its own county short as lying there, and a unit's case
 * named after 申报的 when the headline names its place or 等N个 follows.
 */
export const ELEVENTH = {
  member: (id: string) => /^h\d/.test(id),
  role: 0.83,
  regions: { file: 'regions-h', floor: 0.92 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The second held-out set of region strings only (regions-heldout2: corps units, counties
 * renamed since the notice, variant characters and converter pinyin, masked or dropped
 * characters, 林区, island villages, town names several provinces share), scored apart.
 * First run 59/70 (60/70 once one label was corrected from the township table); then 70/70
 * once a division's bare number, a farm in place of a regiment, a division named only in the
 * context, regiments of a division that runs no city, a community after a county's old name
 * and a forest-park office were read. The floor leaves room for one or two misses.
 */
export const HELDOUT2_REGIONS = { file: 'regions-heldout2', floor: 0.97 };

/**
 * The third held-out set of region strings only (regions-heldout3: streets written 街办 or
 * 办事处, banners, sumu and gacha, short autonomous counties, places renamed since 2013, zones
 * with no code of their own, district names several provinces share, headings and issuers as
 * the only context, traditional characters, an English page), scored apart. First run 72/78;
 * then 77/78 once 街办 was read as 街道, two communities of one name in one county answered
 * that county, a zone named after its county was read through the township after it and an
 * English page's pinyin was matched inside the context. The one left is a district merged into
 * a new code of the same name between the dated revisions (三元区, 2021), which the division
 * data cannot date. The floor leaves room for one or two misses.
 */
export const HELDOUT3_REGIONS = { file: 'regions-heldout3', floor: 0.97 };

/**
 * The twelfth held-out set (m*), rural and grass-roots lists of the core programmes from new
 * places (a PDF table with category rows, Big5 text of a reprinted 公示, a two-sheet workbook of
 * pilots, a 公示 page whose list stayed in its attachment, a call cut short in UTF-16, a Word
 * table with county group rows), measured apart the same way. First run: 57/69 right, 5
 * invented (4 wrong), rules 2/4, role 4/6, metadata 27/36, region strings 14/14, nothing lost
 * silently; then 69/69, none invented, rules 4/4, metadata 27/36 once a township under a county
 * group row was read in that county (七星台镇 is no 七星区), a PDF table's group headings printed
 * without TABs were category rows and its town rows kept their cells, a page's byline headed no
 * write-up, a 公示's 拟被认定为 and 拟推荐 gave its entries, a lead's units a list below names
 * again were that list's, a cycle's number set apart by spaces was read and a date for
 * objections in a notice stating no window closed that window.
 */
export const TWELFTH = {
  member: (id: string) => /^m\d/.test(id),
  role: 0.66,
  regions: { file: 'regions-m', floor: 0.92 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The thirteenth held-out set (c*), zones over a programme's life as places tell it (a district
 * portal's acceptance told as 我区, a city's news of the experts' follow-up of its zone, a
 * town's pilot passing its evaluation with code-like numbers in the page's foot, a first batch
 * retold in Big5 around a meeting, a mid-term evaluation naming no town), measured apart the
 * same way. First run: 3/6 right, none invented, status 0/2, role 4/5, metadata 27/29, region
 * strings 11/13, nothing lost silently; then 5/6, status 1/2, role 5/5, region strings 12/13
 * once a story told as 我区/我市 with no list took the one place of that level it names twice,
 * a page opening on a meeting or a visit was news and a banner written 某旗 was read in its city;
 * 6/6 once a town's quoted project (某镇“…”成为…评估合格项目) was an entry, its page still news.
 */
export const THIRTEENTH = {
  member: (id: string) => /^c\d/.test(id),
  role: 0.8,
  regions: { file: 'regions-c', floor: 0.9 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The format variants (f*): thirty-two notices of the other sets, each delivered in another
 * format with its original's gold (a sentence list as a PDF, a Word table as a workbook with a
 * two-row header or as a CSV, lines numbered （一）/①/一、, run-on news as a table, Big5 as
 * simplified UTF-16, workbooks as Word, PDF or a portal page; f25–f32 a page saved as one
 * file in GBK and UTF-8, OFD, RTF with GBK bytes and with \uN escapes, .odt, .ods), measured
 * apart the same way.
 * First run: 549/561 right, 8 invented, metadata 132/145, role 22/24, nothing lost silently;
 * then 558/561, none invented, metadata 136/144, role 23/24 once a section number before a place
 * group ((一)某省：…, 一、某县 over its villages) numbered the group and a CSV's title row over its
 * table was its title; what is left is its originals' own (x03, w15, k10, t02, v02, y05, h09, m06).
 * The eight variants in the newer formats were fully right at their first run: 720/723, none
 * invented, metadata 195/200, role 31/32.
 */
export const FORMATS = {
  member: (id: string) => /^f\d/.test(id),
  role: 0.95,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The fourteenth held-out set (d*), lists and news beyond the national core lists as cities,
 * counties and local papers publish them (a city's share of a provincial list, a 公示 whose list
 * never came, a city contest's shortlist by district with bare names and zones as groups, a PDF
 * table numbered ①② whose write-ups wrap, a review list with each county carried over its units,
 * villages glued to counties written short in Big5, an unplaceable example, an award named as one
 * of ten), measured apart the same way. First run: 63/71 right, 2 wrong, 4 invented, role 7/10,
 * metadata 44/54, rules 0/1, region strings 11/15, nothing lost silently, 2 expected warnings
 * missing; then 70/71, none invented, role 9/10, metadata 52/55, rules 1/1, and one expected
 * warning missing (an unplaceable example is not kept; a ranking's 20强名单 counts since) once a unit
 * named like a far county stayed under its district, a county written short heading the next
 * item was its own, circled row numbers and long wraps kept a PDF table whole, a bare case
 * before 等N个 was read, 评选出 was no call and a 公示 of proposed units the list, a channel's
 * dateline and a 稿源 line named the outlet, the file's own headline was kept, a bracketed stamp
 * dated the page and a new area written short (杭州湾海星村) took the village in the city of the
 * item before. Region strings 14/15 once a zone named after its street (某某开发区某社区) and a
 * community after a bare 高新区 in one county of the city were placed there.
 */
export const FOURTEENTH = {
  member: (id: string) => /^d\d/.test(id),
  role: 0.85,
  regions: { file: 'regions-d', floor: 0.93 },
  lostSilently: 0,
  missingExpectedWarnings: 1,
};

/**
 * The fifteenth held-out set (e*), community case and honour lists as places retell them (a
 * district paper's call naming earlier honours in passing, volunteer-service honours of
 * communities, projects and organisations relayed by papers, bureaus and portals: Big5 and
 * UTF-16 text, a .doc, a PDF, a workbook with a two-row header, a Word table with merged kind
 * cells, a one-column CSV, a 公示 whose lists were images), measured apart the same way. First
 * run: 7/28 right, 4 wrong, 3 invented, metadata 55/67, role 11/12, region strings 14/14, one
 * notice losing items silently and one expected warning missing (e03's 等N个 examples); then
 * 12/28, 2 invented (e01: a call's honours in passing), once a street written with its office
 * word ran on through its community, a headline's bare unit took the county the body writes
 * before it, an aside (作为全市唯一一个社区) stood between a unit and its verb, a table's name
 * cell written all as a place down to the community was that place, 光荣称号 left the
 * programme's name and 我市…受到省上表彰 was news; 16/28 once a word under a header cell
 * merged across named its column and a kind column (类别) made an organisation a unit and left
 * a bureau out of a project's name; 18/28 once a quoted project right after its place in a
 * sentence that honours it (某市“…”志愿服务项目被评为…) was an entry; 24/28, nothing lost silently and
 * no expected warning missing once a group, centre or project named after its place and honoured
 * by kind was an entry; none invented once a call's background honours were no entries (e01).
 */
export const FIFTEENTH = {
  member: (id: string) => /^e\d/.test(id),
  role: 0.9,
  regions: { file: 'regions-e', floor: 0.92 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The sixteenth held-out set (g*), lists a provincial office tracks beyond community governance
 * (the ministry's 城市一刻钟便民生活圈 pilot areas in four batches and its 全域推进先行区 pilots as
 * sites, papers and wires retell them, the second 全国婚俗改革实验区 shortened and masked by a
 * content farm and relayed by three examples, a city's 儿童之家, a province's model 社会工作站, a
 * city's honoured residents' committee beside two honoured persons: a Word table with merged
 * province cells, a workbook with a 备注 column, UTF-16 text, a PDF, a Big5 page, RTF, a GB18030
 * page, .doc, CSV, ODT, MHT and OFD), measured apart the same way. First run: 49/90 right, 11
 * wrong, 7 invented, metadata 56/70, role 11/12, region strings 11/14, nothing lost silently, 3
 * expected warnings missing; then 84/90, none invented, metadata 60/71, region strings 13/14
 * once a 省（区、市）、兵团 column beside 试点地区 gave the area
 * in its province, a facility known by its place lay there, an earlier batch a story recalls was
 * no entry, the last of units named one by one before 等N个 was no cited head, a site's spaced
 * mask inside a name was a gap, and 某网消息：/来 源：/新华社 named the outlet; 86/90 once a
 * zone of its own at a municipality's code was a unit in a news list.
 */
export const SIXTEENTH = {
  member: (id: string) => /^g\d/.test(id),
  role: 1,
  regions: { file: 'regions-g', floor: 0.9 },
  lostSilently: 0,
  missingExpectedWarnings: 3,
};

/**
 * The seventeenth held-out set (j*), place-name heritage lists and other lists a provincial office
 * keeps beyond community governance (a province's 千年古镇 and 千年古村落 as its department, its 公示,
 * a forum, a portal and a paper give them, a region's 千年古县 by examples, a province's protected
 * place names with the county in brackets, a city's fifteen heritage names in one sentence, the
 * 未成年人保护 demonstration counties and pilots, a city among the 新时代文明实践中心 pilots, a
 * city's 综合减灾示范社区 and a ministry's village cases cut mid-line: a Word table with merged kind
 * cells, a PDF, a workbook with a two-row header, .doc, web pages in UTF-8 and GB18030, ODT, Big5
 * text, RTF, UTF-16 text, a one-column CSV and MHT), measured apart the same way. First run:
 * 96/116 right, none wrong, 1 invented, metadata 58/71, role 11/12, region strings 13/14, nothing
 * lost silently, no expected warning missing; then 101/116, none invented, metadata 62/70 once a
 * township with its county in brackets lay in that county, a count of one of the place's own
 * kind counted the place, a headline announcing a list was no case, a programme kept its
 * bracketed county-level kinds, 据…报道 and 来自： named the outlet and a yearless 公示 window was
 * read. Still missed: a city's heritage names grouped by kind in one sentence with no place above
 * them (j12) and a list line cut after its district (j11). Then metadata 70/73, role 12/12 once
 * a programme named only by its list kept the kinds it joins (古镇、古村落), a register its 名录,
 * and an office's item signed by its author was news. Region strings 14/14 once a scenic area's
 * committee between the city and a township (某某风景区管理委员会某乡) left the township to place it.
 */
export const SEVENTEENTH = {
  member: (id: string) => /^j\d/.test(id),
  role: 1,
  regions: { file: 'regions-j', floor: 1 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};

/**
 * The eighteenth held-out set (i*), city- and county-level lists and their papers' retellings (a
 * city's share of a province's two lists in one sentence each, a city's communities one a line with
 * the district carried, a county-level city's estates written street + community + estate with no
 * city, one community of a city's national honours, one numbered case of a new area, a city
 * bureau's awards to streets, communities, offices, associations and a company branch beside pilot
 * supermarkets, a province's top-grade registries by one example, a city's first model charity
 * supermarket, a county paper's community written with its street only, a district bureau's work
 * report listing its own pilots: a GB18030 page, a PDF of short lines, MHT, RTF, ODT, a UTF-8
 * page, .doc, OFD, a one-column CSV and a PDF with a running header), measured apart the same way.
 * First run: 13/49 right, none wrong, 1 invented, metadata 42/54, role 8/10, region strings 11/15,
 * nothing lost silently, 1 expected warning missing; then 14/49, 1 invented, metadata 45/55 once a
 * township and its community after a naming verb was the entry and a short county name opening a
 * headline's bare unit placed nothing; then 41/49, 1 invented, metadata 48/58, role 9/10, no
 * expected warning missing once estates written after their township and community were entries
 * in the county their townships name together (i03), winners grouped under their awards were read
 * (i06), an organ counted among a list's units was an entry (i07) and a district's work report gave
 * its own pilots and honours (i10); then 47/49, 1 invented, once a company's city branch, an
 * association named after its city written short and supermarkets in brackets after their count
 * were entries (i06). Still missed: a facility placed by district and road and named in the next
 * sentence (i08), a new area's numbered case read as a passing honour and left unplaced (i05).
 */
export const EIGHTEENTH = {
  member: (id: string) => /^i\d/.test(id),
  role: 0.9,
  regions: { file: 'regions-i', floor: 0.7 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
