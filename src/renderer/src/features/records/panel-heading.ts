/**
 * What the record panel is headed with. A zone confirmed without a theme has no title: the
 * panel opened on it showed an empty heading, and a new user could not tell which record
 * was open. A zone is known by its place, so the heading falls back to the place (or unit)
 * as written. Under it, the kind with the programme and year the record belongs to — what
 * staff know a record by — rather than the ledger's internal number, which they never see
 * anywhere else.
 */
import type { GridRecord } from '../../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../../shared/domain';

type Headed = Pick<GridRecord, 'kind' | 'title' | 'regionText' | 'unit' | 'programme' | 'year'>;

const filled = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

export function panelHeading(r: Headed): string {
  return filled(r.title) ?? filled(r.regionText) ?? filled(r.unit) ?? '（无名称）';
}

export function panelSubline(r: Headed): string {
  const list = [filled(r.programme), r.year !== null ? `${r.year}年` : null].filter(Boolean);
  return [RECORD_KIND_LABELS[r.kind], ...(list.length > 0 ? [list.join(' ')] : [])].join(' · ');
}
