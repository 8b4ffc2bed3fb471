/**
 * The sixteenth held-out round's known problems as series (held16-*), listed so that none is added.
 * First run 24/31 records right as series (mentions 42/55 in order, rules 0/3), none invented: two
 * provinces counted before 和 and the city after it (江苏、安徽两省和宁波等62个) read as the first
 * province only; a city named inside its count (包括某市在内的59个) unread; the batches' starts by a
 * year's end (将于2015年底前启动) no deadline. Then those are read: 26/31 (mentions 50/55), none
 * invented, 3/3 rules in scope. Left: the first batch's provinces named by a news item imported
 * before any record of them (a story creates none: 01-launch in order, the second batch's briefing
 * 04-briefing in reverse) keep no mention. A provincial item's earlier batches named in passing
 * after 此前 (…入選首批…名單, …入選第二批…名單) are retold: mentions of records the series does not
 * hold, so no record (the expected ledger corrected to the ruling, corpus README). Then a story's
 * provinces counted among the units it designates (江苏、安徽两省和宁波等62个…列为…) are stated units:
 * the launch item imported first makes their records (in order, 3/3 right); the briefing's total
 * after the second batch (扩大到了江苏、安徽两省和…) designates nothing, so in reverse it still keeps
 * no mention.
 */
export const HELD16_KNOWN: Record<string, string[]> = {
  'held16-national-urbanization-pilots-2014': [
    'zone 320000: not joined by 04-briefing',
    'zone 340000: not joined by 04-briefing',
  ],
};
