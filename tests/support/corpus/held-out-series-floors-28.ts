/**
 * The twenty-eighth round of held-out notice series (tests/fixtures/series/held28-*), wired as the
 * twenty-seventh: a province's place-name service pilot areas (江苏's 深化乡村地名服务 点亮美好家园
 * 省级试点地区, kind zone) from the list to their acceptance, told by a city paper's relay naming
 * the list's first unit, a city's item naming its own pilot by a shorter title, the acceptance
 * naming that first unit again with a forerunner title (a later mention and an event on the
 * existing record), the ministry's notice of its action and a training item naming seven speaking
 * places (no record). Labelled from their sources before the importer ran on them. First run
 * per notice 2/4 right (2 missed), 4 invented, metadata 23/28, role 5/5, status 0/1; as series
 * 1/3 records right, 4 invented, the acceptance's event 0/1, the cycle's scope wrong and an
 * acceptance rule read from the told check. Then the places speaking at a training closed by
 * their count, the passing units of a check held in the sentence (in the programme checked) under
 * an announcing headline repeated as the page heading, and a quoted name with its level after it
 * and a space inside read: per notice 3/4, none invented, metadata 25/29, role 5/5, status 1/1;
 * as series 2/3, none invented, the event joined. Left: a city's own pilot named only as 来溧 and
 * 我市, the cycle's scope written 省级 where the relay names no province.
 */
export const HELD28_SERIES = {
  member: (id: string) => id.startsWith('series/held28-'),
  role: 1,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
