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
 * was a confirmation. Still missed: units whose district and street the site masked
 * (******街道某社区, zf03), communities under a zone named before them (武汉江夏经济开发区…,
 * 东湖生态旅游风景区…, zf03; 高新区浒墅关经开区…, zf02), cases told one paragraph each after
 * their title (zf06); invented: the pilot cities a 通知 names as applicants in a workbook's
 * cell (在济南、东营…等5个试点单位申报的基础上, zf04).
 */
export const TWENTY_NINTH = {
  member: (id: string) => /^zf\d/.test(id),
  role: 0.85,
  regions: { file: 'regions-zf', floor: 0.39 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
