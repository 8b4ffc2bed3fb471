/**
 * Which empty cells the grid marks as missing (the warning colour). A case is known by its
 * title, so a case without one is missing it; a zone's theme (实验主题) and an observation
 * point's are optional — many notices list only the place — so their empty title is missing
 * only when the record has no place either. Other lists have no title to miss.
 */
import type { GridRecord } from '../../../../shared/domain';

type TitleParts = Pick<GridRecord, 'kind' | 'title' | 'regionText' | 'unit'>;

export function titleMissing(r: TitleParts): boolean {
  if (r.title || r.kind === 'other') return false;
  if (r.kind === 'case') return true;
  return !r.regionText && !r.unit;
}
