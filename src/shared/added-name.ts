/**
 * What names a row added by hand in the import preview, as the grid's rule for a title
 * (core/records/normalise-value.ts): a case is known by its title, so it needs one; a zone, an
 * observation point or another list's entry is known by its place, and most notices list them
 * with no title at all — it needs a title or a place, else the row names nothing.
 */
import type { RecordKind } from './domain';

export function addedNameProblem(
  kind: RecordKind,
  title: string,
  regionText: string,
): string | null {
  if (title.trim() !== '') return null;
  if (kind === 'case') return '请填写名称／主题';
  return regionText.trim() === '' ? '请填写名称／主题或地区' : null;
}
