/**
 * The column a grid of this kind leads with (a saved layout or view then orders them its
 * way). Zones and observation points are known by their place: most notices name a zone by
 * its county alone and the import leaves its 名称 blank, so a grid led by 名称／主题 opened
 * on an empty pinned column. There 地区（原文） goes before it; a case is known by its title.
 * Pure (tests read it without the grid's cells).
 */
import type { RecordKind } from '../../../../shared/domain';

export function leadingColumn<C extends { colId?: string }>(
  kind: RecordKind,
  columns: readonly C[],
): C[] {
  const out = [...columns];
  if (kind !== 'zone' && kind !== 'observation') return out;
  const region = out.findIndex((c) => c.colId === 'regionText');
  const title = out.findIndex((c) => c.colId === 'title');
  if (region < 0 || title < 0 || region < title) return out;
  const [moved] = out.splice(region, 1);
  out.splice(title, 0, moved!);
  return out;
}
