/**
 * The twenty-eighth round of held-out notice series (tests/fixtures/series/held28-*), wired as the
 * twenty-seventh: a province's place-name service pilot areas (江苏's 深化乡村地名服务 点亮美好家园
 * 省级试点地区, kind zone) from the list to their acceptance, told by a city paper's relay naming
 * the list's first unit, a city's item naming its own pilot by a shorter title, the acceptance
 * naming that first unit again with a forerunner title (a later mention and an event on the
 * existing record), the ministry's notice of its action and a training item naming seven speaking
 * places (no record). Labelled from their sources before the importer ran on them.
 */
export const HELD28_SERIES = {
  member: (id: string) => id.startsWith('series/held28-'),
  role: 0,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
