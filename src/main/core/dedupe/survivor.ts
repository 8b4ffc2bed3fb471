/**
 * Which value survives a merge, field group by field group. A region is chosen as a
 * whole (text, codes and names together), so a survivor never mixes one notice's county
 * with another's town. Defaults follow what staff do by hand: the complete title beats a
 * cut-short one (never another case's longer title), the description comes from the notice
 * that has one, the most specific place wins; everything else stays with the survivor (the
 * record seen first).
 */
import {
  MERGE_GROUP_COLUMNS,
  MERGE_GROUP_LABELS,
  MERGE_GROUP_NAMES,
  type MergeGroup,
} from '../../../shared/record-fields';
import { authorityOf, PERSON_AUTHORITY } from '../records/source-authority';
import { titleKey } from './normalize';

/** The merge groups of the field registry: columns that move together, and their labels. */
export const FIELD_GROUPS = MERGE_GROUP_COLUMNS;
export type FieldGroup = MergeGroup;
export const FIELD_GROUP_NAMES = MERGE_GROUP_NAMES;
export const FIELD_GROUP_LABELS = MERGE_GROUP_LABELS;

/** The values a merge chooses among: one row per record, snake_case columns as stored. */
export interface MergeCandidate {
  id: number;
  values: Record<string, string | number | null>;
  truncated: boolean;
  /** Who set each field (the notice's role, or 'person'): a weaker source never wins by default. */
  sources?: Record<string, string | null>;
}

export type FieldChoices = Partial<Record<FieldGroup, number>>;

const filled = (c: MergeCandidate, g: FieldGroup) =>
  FIELD_GROUPS[g].some((f) => c.values[f] != null && c.values[f] !== '');
const len = (v: unknown) => (typeof v === 'string' ? [...titleKey(v)].length : 0);

function groupAuthority(c: MergeCandidate, g: FieldGroup): number {
  if (!c.sources) return 0;
  let best = 0;
  for (const f of FIELD_GROUPS[g]) {
    if (!(f in c.sources)) continue;
    const role = c.sources[f];
    best = Math.max(best, role === 'person' ? PERSON_AUTHORITY : role ? authorityOf(role) : 2);
  }
  return best;
}

function defaultSource(
  cands: readonly MergeCandidate[],
  survivor: MergeCandidate,
  g: FieldGroup,
): number {
  const filledIn = cands.filter((c) => filled(c, g));
  if (filledIn.length === 0) return survivor.id;
  // Source authority first: the confirmation's value beats a progress report's, which beats
  // a newspaper's, whatever their lengths; a person's choice beats them all.
  const top = Math.max(...filledIn.map((c) => groupAuthority(c, g)));
  const withValue = filledIn.filter((c) => groupAuthority(c, g) === top);
  const best = (score: (c: MergeCandidate) => number) =>
    withValue.reduce((a, b) =>
      score(b) > score(a) || (score(b) === score(a) && b.id === survivor.id) ? b : a,
    ).id;
  switch (g) {
    case 'title': {
      // A title the notice flagged as cut loses to any complete one. Another record's longer
      // title is the survivor's in full only when it holds the survivor's: two rows merged
      // by hand may be two cases, and a longer title of the other would go under this
      // record's place.
      const own = titleKey(String(survivor.values['title'] ?? ''));
      const completes = (c: MergeCandidate) =>
        c.id === survivor.id ||
        survivor.truncated ||
        own === '' ||
        titleKey(String(c.values['title'] ?? '')).includes(own);
      const some = withValue.some(completes);
      return best(
        (c) =>
          len(c.values['title']) + (c.truncated ? -1000 : 0) + (some && !completes(c) ? -1e6 : 0),
      );
    }
    case 'content':
      return best((c) => String(c.values['content'] ?? '').length);
    case 'region': {
      // a more specific place wins only inside the survivor's own county or city
      const own = String(survivor.values['region_code'] ?? '');
      return best((c) => {
        const unit = String(c.values['unit_code'] ?? '');
        return own === '' || unit.startsWith(own.replace(/0+$/, '')) ? unit.length : -1;
      });
    }
    default:
      return filled(survivor, g) ? survivor.id : withValue[0]!.id;
  }
}

/** Per group, the record whose value survives: the person's choice where given, else the default. */
export function chooseSources(
  cands: readonly MergeCandidate[],
  survivorId: number,
  choices: FieldChoices = {},
): Record<FieldGroup, number> {
  const survivor = cands.find((c) => c.id === survivorId);
  if (!survivor) throw new Error(`survivor ${survivorId} not among the merged records`);
  const ids = new Set(cands.map((c) => c.id));
  const out = {} as Record<FieldGroup, number>;
  for (const g of FIELD_GROUP_NAMES) {
    const chosen = choices[g];
    out[g] = chosen !== undefined && ids.has(chosen) ? chosen : defaultSource(cands, survivor, g);
  }
  return out;
}
