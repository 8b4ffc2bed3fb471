/**
 * A table with no place column (序号 | 慈善组织 | 项目名称) still places its rows: a project is
 * named after where it is carried out ("福建省建宁县…项目", "永泰县凤落村…项目"), and an
 * organisation after the area it serves ("福建省教育援助协会"). The title's place comes first,
 * being where the work is; the organisation's is the fallback. The title stays whole: the
 * place is part of the project's name, not a column glued onto it.
 */
import { regionParts } from './region-heuristic';
import type { RegionLookup } from './types';

/** A place opening a cell, or null when the cell opens with none or with a township alone. */
function openingPlace(cell: string, lookup: RegionLookup): string | null {
  const hit = lookup.splitPrefix(cell, {});
  // A place that is the whole cell is a unit, not a name carrying its place.
  if (!hit || hit.end >= cell.length) return null;
  // A township or village alone ("青水乡…") is read nowhere without its county.
  if (regionParts(hit.regionText).belowCounty) return null;
  if (lookup.codeOf && lookup.codeOf(hit.regionText, {}) == null) return null;
  return hit.regionText;
}

/** The place of a row with no place column, from its title, then from its name cell. */
export function titledRowPlace(
  title: string,
  nameCell: string | undefined,
  lookup: RegionLookup,
): string | null {
  return (
    (title === '' ? null : openingPlace(title, lookup)) ??
    (nameCell ? openingPlace(nameCell, lookup) : null)
  );
}
