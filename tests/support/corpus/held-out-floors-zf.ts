/**
 * The sixteenth held-out set of single notices (zf*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * City lists of communities written in local shapes, and lists the page only partly shows: a
 * city's first child-friendly communities grouped by county after a colon (OFD), another city's
 * first ten written county + street + community with two functional zones written short (ODS), a
 * third city's 公示 whose site masked the district and street of most units (RTF), a province's
 * place-name heritage as name (kind) / place pairs cut inside the table (old binary workbook,
 * traditional), a province's place-name list by two examples of 37 (UTF-16 text), a district's
 * social-work cases one paragraph each, cut in the third (GBK page), and a 公示 of award counts
 * naming none (Big5 text). First run: 13/55 right, 9 wrong, 5 invented, metadata 35/42, role
 * 6/7, region strings 2/5, one expected warning missing (zf05), nothing lost silently. Then 38/55
 * with none wrong and 4 invented, metadata 37/42, role 7/7, no expected warning missing, once a
 * unit's level in brackets inside an entry (某社区（街道级）某社区) stopped ending the list, a
 * labelled row at a PDF's edge stopped taking the next row or paragraph, a place-name table's
 * 地名名称（类别） / 所在政区 header was read, 全省37个地名 counted the list and a 公示 of counts
 * was a confirmation. Then 55/55 with none invented, metadata 39/42, role 7/7 and region
 * strings 3/5, once the places a decision built on (在A、B…申报的基础上) were no entries, cases
 * told one paragraph each after their 《title》 under a sentence counting them were read, a town
 * the table lists with its level in brackets (某某经开区（镇）) was found as written and a zone
 * beside a list's counties left the next line to the county before, units whose district and
 * street the site masked (******街道某社区) were entries at the city the list's title names (a
 * masked signature no issuer), and a count stated with the first row's own name (大明湖等18个)
 * counted the cut table. Still missed in the region strings: 工业园区斜塘街道… at the park's
 * statistical code, 武汉江夏经济开发区… unresolved; region strings 4/5 once a zone named after
 * its district (武汉江夏经济开发区某社区) placed the community after it in that district.
 */
export const TWENTY_NINTH = {
  member: (id: string) => /^zf\d/.test(id),
  role: 0.99,
  regions: { file: 'regions-zf', floor: 0.8 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
