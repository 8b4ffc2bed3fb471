/**
 * The fiftieth held-out set of single notices (zza*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * What notices set units to do, and by when: a district's six township social-work station
 * pilots named in one run and the month their premises are due (今年10月前, no headline, RTF);
 * a district's mid-term evaluation of venture-philanthropy projects, reports due with an hour
 * (于2020年12月15日下午17:00前, Word 97); a street's closing evaluation, due with a weekday and
 * an hour (于2022年4月13日周三下午17:00前, PDF); a ministry department's call for experiment
 * zones' self-evaluations under a portal's own headline (HTML with chrome); two copies of the
 * embedded community facilities pilot, none named (GB18030 text; a spun copy, UTF-16 text); two
 * copies of a county's call to grade social organisations (a garbled GBK page; a Big5 page whose
 * header greets with today's date); a city's closing evaluation of 15 stations' projects (ODT,
 * traditional); a district bureau's township check due 于11月8日中午12点前, dated by the
 * signature (Word); the revised evaluation measures after an unrelated lead (MHT); a district's
 * grading call where a grade of five years must be earned again (Big5 text).
 * First run: 5/6 right, none wrong, 1 missed (zza01's 双沟镇, read inside 龙王镇和双沟镇), 3
 * invented (zza02's attachment lines, 海曙区公益创投项目中期报告书(A类)…), rules 2/7, metadata
 * 48/62, role 6/12, region strings 3/3, nothing lost silently, no expected warning missing.
 * Rules missed: a deadline with a weekday or an hour between the date and 前 (zza02, zza03,
 * zza10), 今年10月前 in a story with no date of its own (zza01), a grade of 满5年 that 须重新参加
 * 评估 (zza12); roles missed: the grading calls read as rules (zza07, zza08, zza12).
 * After four rules (a deadline keeps its day whatever weekday and hour close it; 今年 is the
 * notice's year, else the year a dateless story last wrote, and a bare month before 前 ends the
 * month before; a grade held N years that must be earned again runs N years; a round of grading
 * that says who may take part is the call to apply; two towns joined by 和 are two units): 6/6
 * right, 3 invented, rules 7/7, metadata 54/65, role 9/12, region strings 3/3; no other corpus
 * notice changed. Still wrong: zza02's attachment lines as records; issuers of pages that speak
 * as a centre or fund (zza02, zza03) and of a portal's repost (zza04, 科技部社发司 for the source
 * line's 科技部) and of a wire copy (zza05, 财联社 in brackets after the item); zza04's title (the
 * reposted notice's for the portal's headline); the dates of the two grading copies (their
 * 2022/8/10 line after 文字:[大][中][小]); zza01's progress report read as news (a meeting in
 * its lead); zza03's arrangements for a closing evaluation read as rules; zza09's closing
 * evaluation read as news.
 * Then two more rules (attachments named one a line under a label alone are no entries; an organ
 * arranging the evaluation of work under way is a progress report): 6/6 right, none invented,
 * role 10/12 (zza02's and zza03's arrangements progress reports; zza02 read as one only while it
 * had records before).
 */
export const FIFTIETH = {
  member: (id: string) => /^zza\d/.test(id),
  role: 0.8,
  regions: { file: 'regions-zza', floor: 1 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
