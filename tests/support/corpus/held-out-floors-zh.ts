/**
 * The eighteenth held-out set of single notices (zh*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * City and county pages that write their places short: a city radio app's 22 disaster-reduction
 * communities under bare year lines over eight years (web page), a paper's item naming its city's
 * three of 642 after bare counties (GBK saved page), a county portal's 公示 of one rest home in a
 * headerless table beside two persons, the county only in the site's name (GB18030 page), a
 * traditional relay of the second marriage-custom zones by three examples of seventeen (Big5
 * page), six millennial counties named bare in brackets, then in numbered sections cut in the
 * fifth (Word, traditional), a province's two millennial counties after 安徽省的 (PDF), a month's
 * volunteer typicals listed twice, by name lines and by category headings (RTF), and one community
 * after a bare county (GB18030 text, traditional).
 * First run: 23/40 right, none wrong, 1 invented, metadata 37/47, role 6/8, region strings 8/9,
 * nothing lost silently and no expected warning missing; three pages were first built with a
 * portal's default date and source line they do not show (zh01, zh02, zh04: issuer and date
 * read from it), then built as the pages are. Missed: the year groups after the first two
 * (2016年 … 2011年, nine of 22, zh01), the rest home in its headerless row (zh03), four of six
 * counties named bare in brackets (蒙阴, 郯城, 平邑, 临沭, zh05), the group named after its town
 * (周寨镇志愿者服务队, zh07) and both counties after 安徽省的 (zh06); invented: a functional zone
 * before a merged town read as its city (湖滨新区黄墩镇, zh01).
 * Built as the pages are, then 25/40 with none wrong and 1 invented, metadata 41/48, role 6/8,
 * region strings 8/9, nothing lost silently, once a province or city with 的 before the places
 * it holds (安徽省的寿县和全椒县) only placed them; zh06's programme is then read with its
 * province and the heritage label before it (安徽省中国地名文化遗产千年古县).
 */
export const THIRTY_FIRST = {
  member: (id: string) => /^zh\d/.test(id),
  role: 0.75,
  regions: { file: 'regions-zh', floor: 0.88 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
