/**
 * The thirteenth held-out round's known problems as series (held13-*), listed so that none is added.
 * First run 10/28 records right, 17 invented: a relayed list of the second batch read as cases (the
 * remark above it, …总结推广实验区创新经验, named the kind last), so its units never met the zones
 * later pages named; the second batch's five units closed by 都在其中 unread; two counties named alone
 * with the designation they hold (自…被批准为…以来，某县…, 某区以…为契机) unread. Then all three are
 * read: 27/28, none invented. Left: a district named alone with a name two cities carry (青山区, its
 * town and village the city's) is not placed; a cycle's end makes no final report owed where no
 * notice asks for one (as in the seventh round), so nothing is overdue — now a period alone asks
 * its final report by its end: 17 and 3 overdue as expected.
 */
export const HELD13_KNOWN: Record<string, string[]> = {
  'held13-national-marriage-custom-zones-2021': ['missing: zone 150204'],
};
