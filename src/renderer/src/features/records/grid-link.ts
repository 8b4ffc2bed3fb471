/**
 * A link that opens a grid already narrowed: `#/zones?province=江苏省&programme=…`. The home
 * page's bars and counts build them; the grid reads them when opened and when the address
 * changes. A value "（空）" stands for records without one.
 */
import type { FacetSelection, ImportedAs, RecordKind } from '../../../../shared/domain';
import { IMPORTED_AS } from '../../../../shared/domain';

export const KIND_PAGE = {
  zone: 'zones',
  case: 'cases',
  observation: 'observations',
  other: 'others',
} as const;

type LinkFacet = 'province' | 'programme' | 'status' | 'batch';
const LINK_FACETS: LinkFacet[] = ['province', 'programme', 'status', 'batch'];
const EMPTY = '（空）';

/**
 * `notices` narrows to the records those notices name: 导入完成's 新增 N opens the grid on what
 * the import wrote, which the ledger's order (by id) would otherwise leave at its bottom;
 * `importedAs` to those they created (新增) or joined (关联) alone.
 */
export function gridLink(
  kind: RecordKind,
  facets: Partial<Record<LinkFacet, string | null>>,
  notices: readonly number[] = [],
  importedAs?: ImportedAs,
) {
  const q = new URLSearchParams();
  for (const f of LINK_FACETS)
    if (f in facets) q.set(f, facets[f] === null ? EMPTY : (facets[f] ?? EMPTY));
  if (notices.length > 0) q.set('notices', notices.join(','));
  if (notices.length > 0 && importedAs) q.set('imported', importedAs);
  const query = q.toString();
  return `#/${KIND_PAGE[kind]}${query ? `?${query}` : ''}`;
}

/** The facets a grid link asks for, or null when the address carries none. */
export function facetsFromHash(hash: string): FacetSelection | null {
  const at = hash.indexOf('?');
  if (at < 0) return null;
  const q = new URLSearchParams(hash.slice(at + 1));
  const out: Record<string, (string | null)[] | number[] | ImportedAs> = {};
  for (const f of LINK_FACETS) {
    const v = q.get(f);
    if (v !== null) out[f] = [v === EMPTY ? null : v];
  }
  const notices = (q.get('notices') ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  if (notices.length > 0) out.notices = notices;
  // 新增 or 关联 alone only of some notices: on its own it would name every record ever joined
  const as = q.get('imported');
  if (notices.length > 0 && IMPORTED_AS.some((a) => a === as)) out.importedAs = as as ImportedAs;
  return Object.keys(out).length > 0 ? (out as FacetSelection) : null;
}
