/**
 * Places that carry a named pilot out themselves ("辽宁省、山东省实施结婚登记和离婚登记“跨省通办”
 * 试点", "在江苏省、河南省实施…试点"): a province or city trying a reform for its term is the
 * pilot's unit, as a city on the pilot's list is, even with no count after it. Places that only
 * hold a meeting, a survey or a campaign on a pilot (…召开…试点工作会议, …开展…试点调研,
 * …开展…专项行动) are not carrying it out: the clause must close on the pilot itself.
 */

/**
 * The verb of carrying out and the pilot it names, closing the clause: what follows 试点 may
 * only be its own 工作 (…试点工作), nothing it is a meeting or a study of. A pilot told as done
 * (…开展了…试点, 已经/先后/相继开展…, the pilot they 开展的) is the background of a notice on
 * something else ("2019年以来，北京市、上海市开展了…试点，积累了经验"), not places given the pilot.
 */
const CARRIES_PILOT =
  /^(?:同时|率先|将|拟)?(?:实施|开展|开始)(?!的)([^，。,;；:：了]{2,40}?试点)(?:工作)?$/;

/**
 * A notice speaking as its own city carrying a pilot out ("我市试点实施婚姻登记“跨省通办”"): the
 * speaker is the pilot's unit (own-place-unit.ts), a municipality's 我市 the municipality itself.
 */
export const SPEAKER_PILOTS = /^(?:我|本)[区县旗市]试点(?:实施|开展)/;

/** The pilot phrase a place carrying it out names, or null when the rest does something else. */
export function carriedPilot(rest: string): string | null {
  const m = CARRIES_PILOT.exec(rest);
  if (!m) return null;
  // "开展…试点的调研" never reaches here ($ above); a pilot "of" something else is still the pilot.
  return m[1]!;
}

/** One unit of a run: a province written whole or short, or a place ending in its level. */
const RUN_UNIT = /^[\u4e00-\u9fff]{1,14}(?:省|市|自治区|区|县|州|盟|旗)$/;
/** An organ or body in the run: the province's department carries the pilot out, not the province. */
const ORGAN = /(?:厅|局|委|部|办|会|院|中心|政府)/;
/** A city written short right after its province in a run written together (湖北武汉). */
const GLUED_CITY = /^(?:(?![在的等和及与对向将])[\u4e00-\u9fff]){2,4}$/;

/**
 * Whether `between` (what stands between a place and the carrying verb) holds only more places:
 * units after separators (、和及与), or provinces written together with no separator at all
 * (辽宁山东广东, 湖北武汉陕西西安: a province, maybe its city written short).
 */
function onlyPlaces(between: string, provinceLength: (text: string) => number): boolean {
  if (between === '') return true;
  if (ORGAN.test(between)) return false;
  if (/^(?:、|和|及|与)/.test(between))
    return between
      .split(/、|和|及|与/)
      .slice(1)
      .every((piece) => RUN_UNIT.test(piece) || provinceLength(piece) === piece.length);
  // Written together: provinces one after another, each maybe with its short city.
  let rest = between;
  while (rest !== '') {
    const n = provinceLength(rest);
    if (n > 0) {
      rest = rest.slice(n);
      continue;
    }
    let next = 2;
    while (next < rest.length && provinceLength(rest.slice(next)) === 0) next++;
    if (!GLUED_CITY.test(rest.slice(0, next))) return false;
    rest = rest.slice(next);
  }
  return true;
}

/**
 * Whether the place written at `at` in `key` (its own text `own` long) opens or belongs to a run
 * of places that carry a named pilot out ("辽宁省、山东省实施…试点", "在江苏省、湖北省武汉市实施…
 * 试点", "在辽宁山东广东实施…试点"): only places between it and the verb, the clause closing on the
 * pilot. `provinceLength` is how long a province written at the start of a text is (0: none).
 */
export function carriesPilotAt(
  key: string,
  at: number,
  own: number,
  provinceLength: (text: string) => number,
): boolean {
  const clause = /^[^，。；,;：:！？!?]*/.exec(key.slice(at + own))![0];
  const verb = /(?:实施|开展)/.exec(clause);
  if (!verb || carriedPilot(clause.slice(verb.index)) === null) return false;
  return onlyPlaces(clause.slice(0, verb.index), provinceLength);
}
