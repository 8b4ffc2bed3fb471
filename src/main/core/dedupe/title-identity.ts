/**
 * A later item that names a case by its title only: news and features often drop the
 * programme (or write a sub-list's name, 推荐案例), carry the year they were written, and
 * give no place or only the city. Such an item is the one live case whose title says the
 * same — quotes, spacing, a leading place and 的/和 aside — when exactly one does, and its
 * place (if any) does not contradict that case's. Two cases of one title are never told
 * apart by guessing: then the item stays unjoined.
 */
import { titleKey, titleKeptKey } from './normalize';
import { sameProgramme, unitRelation, type IdentityMatch, type IdentityRecord } from './identity';
import type { RegionMapper } from './region';

/** Below this many characters a title is too generic to name one case alone. */
const MIN_TITLE_KEY = 8;

/** The end of one level of a place name. */
const LEVEL = /[省市区县州旗盟]/;

/** What a case's title says, for naming it by title: no place of its own in front, no 的/和. */
export function caseTitleKey(title: string | null, regionText: string | null): string {
  const k = titleKeptKey(title);
  const place = titleKey(regionText);
  // The title may open with the whole place or its last levels only (云南省昆明市官渡区 → 官渡区).
  let cut = 0;
  for (let i = 0; i + 2 <= place.length; i++) {
    if (i > 0 && !LEVEL.test(place[i - 1]!)) continue;
    const tail = place.slice(i);
    if (k.startsWith(tail) && k.length - tail.length >= MIN_TITLE_KEY) {
      cut = tail.length;
      break;
    }
  }
  return k.slice(cut).replace(/[的和]/g, '');
}

/**
 * The last MIN_TITLE_KEY characters of a key long enough to name a case (null: too short).
 */
export const endOfCaseKey = (key: string): string | null =>
  key.length < MIN_TITLE_KEY ? null : key.slice(-MIN_TITLE_KEY);

/**
 * Titles and places whose keys stand for the keying as a whole: a ledger keeps its cases'
 * keys (db/write/case-title-keys.ts) with the keying that made them, and a change of the
 * keying that changes any of these keys (the place cut, 的/和, width, punctuation) makes
 * every case keyed again. The number is for a change these would not show.
 */
const KEYING = 1;
const PROBES: [string, string | null][] = [
  ['云南省昆明市官渡区“社区议事会”工作法', '云南省昆明市官渡区'],
  ['官渡区社区协商和治理的工作体系', '昆明市官渡区'],
  ['《ＡＢ社区》12345 治理模式（试点）', null],
  ['青石县某某社区治理创新实践', '东湖省某市'],
];
let keying: string | null = null;
const keyingNow = () =>
  (keying ??= [KEYING, ...PROBES.map(([t, p]) => caseTitleKey(t, p))].join('|'));

/** The keys a ledger's cases are looked up by (db/queries/kept-case-titles.ts). */
export const CASE_KEYS = {
  keyOf: caseTitleKey,
  endOf: endOfCaseKey,
  get version() {
    return keyingNow();
  },
};

/** The draft's place does not contradict the case's: none, the same unit, or its city. */
function placeAgrees(draft: IdentityRecord, c: IdentityRecord, map: RegionMapper): boolean {
  const code = draft.regionCode;
  if (!code || !/^\d{6}$/.test(code) || /0000$/.test(code)) return true;
  if (/00$/.test(code)) return !!c.regionCode && c.regionCode.startsWith(code.slice(0, 4));
  return unitRelation(draft, c, map) !== 'different';
}

/** The one live case the draft names by its title, or null (none, or more than one). */
export function findByTitle(
  draft: IdentityRecord,
  candidates: readonly IdentityRecord[],
  map: RegionMapper,
): IdentityMatch | null {
  if (draft.kind !== 'case') return null;
  const key = caseTitleKey(draft.title, draft.regionText);
  if (key.length < MIN_TITLE_KEY) return null;
  const titled = candidates.filter(
    (c) => c.kind === 'case' && caseTitleKey(c.title, c.regionText) === key,
  );
  if (titled.length !== 1) return null;
  const found = titled[0]!;
  // A title honoured in two programmes is two records: a programme stated on both sides
  // must be the same.
  if (draft.programme && found.programme && !sameProgramme(draft.programme, found.programme))
    return null;
  if (!placeAgrees(draft, found, map)) return null;
  return {
    id: found.id,
    renamed: false,
    reason: `身份相同：本通知只以标题（“${draft.title ?? ''}”）提及，台账中只有一个案例是此标题（${found.programme ?? '项目未写明'}），是同一个案例`,
  };
}
