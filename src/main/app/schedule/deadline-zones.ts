/**
 * The records 期限's timeline can show, found by what the clerk types (a place, a unit, a
 * programme, a batch): at 100,000 records a select of every zone with deadlines held 25,000
 * options, sent with the whole list. Named as the timeline names a zone.
 */
import type { DeadlineZones } from '../../../shared/deadline-pages';
import { recordName } from '../../../shared/record-name';
import type { LedgerHandle } from '../../db/ledger';
import { deadlineZones } from '../../db/queries/milestone-names';

export function deadlineZoneChoices(
  ledger: LedgerHandle,
  q: { text: string; limit: number },
): DeadlineZones {
  const { zones, more } = deadlineZones(ledger.db, q.text, q.limit);
  return {
    zones: zones.map((z) => ({
      recordId: z.recordId,
      name: z.regionText?.trim() || z.unit?.trim() || recordName(z),
      programme: z.programme,
      batch: z.batch,
    })),
    more,
  };
}
