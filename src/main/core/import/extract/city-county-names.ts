/**
 * How a city and its county are written together (南京建邺, 盐城东台市): each by its full name or
 * its name without the level word. A pair's text ends as some division's name does, so the
 * last two characters of every such name say cheaply where no pair can end.
 */
import { divisionNames } from '../../gazetteer/index';

/** A division's name and its short form without the level word ("东台市" → 东台). */
export function namesOf(full: string | null): string[] {
  if (!full) return [];
  const short = full.replace(/(市|区|县|旗|自治县|自治旗|林区|特区)$/, '');
  return short.length >= 2 && short !== full ? [full, short] : [full];
}

/** Per list of names: their forms' last two characters, or null when a form is shorter. */
const endings = new WeakMap<readonly string[], ReadonlySet<string> | null>();

/**
 * Whether some division's name, full or short, ends in these two characters (or is them):
 * a pair's county name must, so a text whose last two characters are no such ending is no
 * pair. Built once per loaded gazetteer.
 */
export function endsLikeDivisionName(lastTwo: string): boolean {
  const all = divisionNames();
  let set = endings.get(all);
  if (set === undefined) {
    const forms = all.flatMap((n) => namesOf(n));
    // A one-character name would let a pair end in any two characters: no saying then.
    set = forms.every((f) => f.length >= 2) ? new Set(forms.map((f) => f.slice(-2))) : null;
    endings.set(all, set);
  }
  return set === null || (lastTwo.length === 2 && set.has(lastTwo));
}
