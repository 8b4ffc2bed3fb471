/**
 * The twenty-second held-out round's known problems as series (held22-*), listed so that none is
 * added. First run 28/34 records right as series, 12 invented: the 2010–2017 monitoring list's
 * villages (监测合格, earlier years retold) read as entries of 2021 on four pages, a province's
 * share and the naming kept apart (the province's headline read as the programme's scope),
 * the prefecture paper's village under the monitoring list's name, the feature's county bare after
 * 入选…试点地区以来 unread. Then units an earlier span of years governs are retold, a ministry acting
 * on the list it names first (某部对…名单进行公示) publishes it, a list's part under its name with
 * its place's tally in brackets marks a share, and 入选…试点地区以来 frames a county's feature: 34/34,
 * none invented. Left: the two pages' publicity windows read with the programme but not its year's
 * batch (2021年).
 */
export const HELD22_KNOWN: Record<string, string[]> = {
  'held22-national-beautiful-leisure-villages-2021': [
    'rule 01-hunan objection_window: scope 中国美丽休闲乡村 -, want 中国美丽休闲乡村 2021年',
    'rule 02-xiangxi objection_window: scope 中国美丽休闲乡村 -, want 中国美丽休闲乡村 2021年',
  ],
};
