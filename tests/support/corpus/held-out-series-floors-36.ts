/**
 * The thirty-sixth round of held-out notice series (tests/fixtures/series/held36-*), wired as the
 * thirty-fifth: the housing and science ministries' national smart-city pilots over their three
 * yearly rounds (2013-2015) as later pages tell them — a glossed mirror of the first batch naming
 * two of 90, a securities paper's news with the 2013 notice cut after its first unit, the central
 * portal's Big5 relay of it, a regional copy naming its province's share by count only, a glossed
 * mirror of the 2014 notice (two lists by their first units, special projects by their builder),
 * a company's web archive relaying the construction daily and an installer's page retelling the
 * 2014 round as the third batch. Labelled from their sources before the importer ran on them.
 * First run per notice 5/10 right, none invented, metadata 31/39.
 */
export const HELD36_SERIES = {
  member: (id: string) => id.startsWith('series/held36-'),
  role: 0.71,
  regions: null,
  lostSilently: 0,
  missingExpectedWarnings: 2,
};
