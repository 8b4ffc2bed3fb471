/**
 * A phrase that names people ("各设区市民政局分管负责同志、业务处室负责同志和婚俗改革试点", a run of
 * attendees ending where a pilot's word happens to stand) is a meeting's list of who came, never
 * a programme's name: programmes name units and honours, not officers.
 */
const OFFICERS = /负责同志|负责人|同志|[局厅处科]长|主任(?!委员会)/;

export function namesOfficers(phrase: string): boolean {
  return OFFICERS.test(phrase);
}
