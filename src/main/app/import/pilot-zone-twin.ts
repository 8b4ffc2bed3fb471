/**
 * A pilot programme's units are filed as zones where its list names them by area (试点城市,
 * 试点地区, 试点市: cities and districts trying a model) and as list entries (other) where
 * nothing tells the kind; a later notice that writes the programme bare — a district's own
 * account of its "国家健康城市试点纲要", a paper's "…试点" — reads its unit as other. Such an
 * item is looked up again as a zone of the same programme: the record the list made, which
 * it mentions. Only other → zone, and only for a name ending in 试点: an honour (示范, 样板,
 * 先进) never joins a pilot's zone, and a zone is never read as an honour's entry. Only an item
 * that is its place alone: a unit named in the place (宜昌市社会福利院, a town) is a pilot unit of
 * its own, never the place's zone.
 *
 * The page may come first: the list's zone then finds the entry the page made (other) and
 * joins it, the record becoming the zone it is (kindOnJoin) — so the ledger is the same in
 * either order. The stored entry too must be its place alone.
 */
import type { IdentityRow } from '../../db/queries/identity';
import { programmeBase } from '../../core/records/programme-name';

/** A pilot programme's name, bare or with the kind of unit after it. */
const PILOT_END = /试点(?:单位|地区|城市|市|县|区)?$/;

/** The item is its place alone under a pilot programme's name (no title, unit or town). */
function placeAloneInPilot(row: IdentityRow): boolean {
  if (!row.programme || row.title || row.unit || row.town) return false;
  return PILOT_END.test(programmeBase(row.programme));
}

/** The same item looked up as a zone, when it is a pilot's unit read as other. */
export function pilotZoneTwin(draft: IdentityRow): IdentityRow | null {
  if (draft.kind !== 'other' || !placeAloneInPilot(draft)) return null;
  return { ...draft, kind: 'zone' };
}

/** A pilot list's zone looked up as the entry an earlier page read its unit as (other). */
export function pilotEntryTwin(draft: IdentityRow): IdentityRow | null {
  if (draft.kind !== 'zone' || !placeAloneInPilot(draft)) return null;
  return { ...draft, kind: 'other' };
}

/** A stored entry a pilot's zone may join: its place alone under a pilot's name. */
export const pilotEntryJoinable = (stored: IdentityRow): boolean =>
  stored.kind === 'other' && placeAloneInPilot(stored);
