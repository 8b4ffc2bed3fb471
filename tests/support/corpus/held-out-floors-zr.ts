/**
 * The forty-first held-out set of single notices (zr*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * News that names units once, in sentences, beside places and bodies named only in passing: a
 * provincial daily's news copied through a gateway in traditional characters (Big5 page) of
 * twenty provincial marriage-custom zones in one sentence, counties carried after their city, a
 * demonstration zone last, the province's two national zones as background; a news agency's item
 * on a press conference naming one national zone as a sentence's subject (作为国家级…实验区) and
 * three provincial cities bare before their count (saved web archive, cut); a city media
 * centre's news of its own zone's meeting, the city written bare as the subject of 被…确认为
 * (.odt); a county site's copy of a city paper's item on two counties and a district (GB18030
 * text); a county bureau and a community that spoke at national meetings held elsewhere, no unit
 * in any programme (printed PDF, GBK page).
 * First run: 26/30 right, none wrong or invented, metadata 34/38, role 6/6, region strings 4/4,
 * nothing lost silently, no expected warning missing. Missed: zr01's first city (开封市 in the
 * organ's piece after 同意将) and its demonstration zone (濟源示範區), zr02's national county
 * (作为国家级…实验区), zr03's city written bare before 被民政部确认为.
 * After five rules (a short place before a naming passive; the first entry after an organ's
 * 同意将; a place 作为 a scoped zone closing its clause; a zone suffix in traditional characters;
 * a merged newsroom's dateline as the outlet): 30/30 right, none wrong or invented, metadata
 * 36/39, role 6/6, region strings 4/4, nothing lost silently. Still wrong: zr02's programme (the
 * provincial one of its last sentence), zr05's headline above a PDF's 本报讯 paragraph, zr06's
 * kind (a story naming no unit read as about zones from the attendants' description).
 */
export const FORTY_FIRST = {
  member: (id: string) => /^zr\d/.test(id),
  role: 1,
  regions: { file: 'regions-zr', floor: 1 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
