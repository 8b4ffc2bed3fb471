/**
 * The fifty-sixth held-out set of single notices (zzg*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * Lists whose units stand under group headings: three years of the education inspectorate's
 * 基本均衡县, a province heading with its count over city lines whose counties follow a colon
 * (2018's 公示, a Word file, one line headed 省直管 and colons padded with a space; 2013's
 * decision, a PDF, a municipality's districts run on over two lines with no city line; 2015's
 * 公示 on a district bureau's page with a second city heading inside a line and two counties
 * run together); the agriculture ministry's leisure-agriculture counties with each province
 * cell merged down beside its units (a workbook, a city and a two-county zone among them); a
 * province's share of the second batch under a county tier and a point tier (GB18030 text);
 * a new district's family-education honours in four tiers parted by semicolons (Big5 page);
 * a province's 31 special towns under city headings, each town named by a short place fused to
 * its name and the last heading a company (UTF-16 text); a province's shares of two national
 * lists under headings with their counts, three lines under a count of 20 (Big5 page); a city
 * account's six under three list headings broken over lines (Word file); a province daily's
 * towns and villages of two tiers in one run parted by a semicolon (PDF).
 * First run (gold committed before it): 170/212 right, 25 wrong, 17 missed, 11 invented,
 * metadata 50/60 (role 9/10, issuer 9/10, title 7/10, programme 5/10), nothing lost silently.
 * Rules of the round: units chosen from the round's applications (经各地申报…决定认定…为…示范县)
 * after creation work in general are a selection, no acceptance (zzg04's 23 statuses and its
 * role); a space before a label's colon (呼和浩特市 :清水河县) still ends the label (zzg01); a
 * characteristic town named after its place in a run (江宁生命科技小镇) titles its entry with the
 * town's name (zzg07); a prefecture written without 市 before its colon and an enumeration
 * (南京:甲、乙) labels the places after it, no entry (zzg07; narrowed to an enumeration after a
 * series headline 阜阳:移风易俗… read 阜阳市 as an entry).
 * Final (full corpus, no other notice changed): 188/212 right, 5 wrong, 19 missed, 3 invented,
 * metadata 51/60 (role 10/10, issuer 9/10, title 7/10, programme 5/10), region strings 2/4,
 * nothing lost silently.
 * Left: zzg05's points run into their place (南安香草世界度假村, 宁德上金贝畲家寨); zzg06's units
 * under the old districts of 滨海新区 (塘沽…, 汉沽…); zzg07's towns named by a township alone
 * (官林, 别桥, 西夏墅 read as 西夏区, 武坚, 曹甸), the new area 江北 and the company heading
 * (省苏豪集团:汤山康养小镇); zzg09's one village under a heading broken over two lines; the
 * programmes of tiered pages (示范县、示范点, 十亿元镇名单(共)) and zzg02's press-kit line run into
 * the title.
 */
export const FIFTY_SIXTH = {
  member: (id: string) => /^zzg\d/.test(id),
  role: 0.9,
  regions: { file: 'regions-zzg', floor: 0.5 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
