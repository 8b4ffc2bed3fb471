/**
 * The thirty-sixth held-out set of single notices (zm*), measured apart from the others' totals
 * like the sets in held-out-floors.ts.
 */

/**
 * What an office receives around its zones and pilots besides the lists themselves: the news of
 * a second batch of marriage-custom reform zones with both batches' lists, four lines joining a
 * county of another city after 、, and the reply's title and opening below the lists (web page);
 * an encyclopaedia's copy of a city bureau's notice launching smart-community pilots, its title
 * tagged by the site (web page in traditional characters); a prefecture's notice forwarding its
 * plan (Big5 text); a provincial opinion under the portal's disclosure table with its labels
 * spaced out (.odt); a street's news of a progress check on its provincial zone, the street
 * mistyped (PDF); a city bureau's news of a visit to a district building a national zone (Word).
 * First run: 31/34 right, 1 wrong, 5 invented, metadata 27/34, role 4/6, rules 1/1, region strings
 * 3/3, nothing lost silently and no expected warning missing. The lists were read whole, the
 * counties of another city after 、 placed right; wrong were zm01's last place, which took the
 * reply's title below the list as its theme, and the disclosure table of zm04 (labels spaced out,
 * read as five entries, its organ and 文号 missed, the opinion taken for a confirmation); missed
 * were the mistyped street of zm05 and zm06's district visited in prose; zm02's title was the
 * info box's line (1. 中文名：…) since the site's tag hid the headline's shape.
 * After five rules (spaced disclosure labels list nothing; the organ and the 文号 in the cells
 * after their labels; a document's title below a list's last place is no theme; a site's tag
 * after a document's title is dropped; a visit or check on one place's zone gives that place):
 * 33/34 right, none wrong, none invented, metadata 32/35, role 5/6, region strings 3/3, nothing
 * lost silently. Left: zm01's title (the reply's title deep in the page outranks the cut
 * headline), zm02's role (the copy stops before the call's procedure), zm05's mistyped street,
 * zm06's issuer (来源 on one line, 市民政局 on the next, the city unnamed).
 */
export const THIRTY_SIXTH = {
  member: (id: string) => /^zm\d/.test(id),
  role: 0.83,
  regions: { file: 'regions-zm', floor: 1 },
  lostSilently: 0,
  missingExpectedWarnings: 0,
};
