/**
 * A record's region text changed: its codes and division names follow it through the
 * gazetteer, in the same operation, so undo takes both back together.
 */
import { resolveRegion } from '../../core/gazetteer';
import type { StoredRecord } from '../../db/queries/records';
import type { WriteTx } from '../../db/write/write-tx';

const REGION_COLUMNS = ['region_code', 'unit_code', 'province', 'city', 'county', 'town'] as const;

/** Sets the region columns from the text; returns notes for what could not be resolved. */
export function followRegionText(tx: WriteTx, row: StoredRecord, text: string | null): string[] {
  const context = typeof row.cols.province === 'string' ? row.cols.province : undefined;
  const r = text ? resolveRegion(text, { context }) : null;
  const next: Record<(typeof REGION_COLUMNS)[number], string | null> = {
    region_code: r?.regionCode ?? null,
    unit_code: r?.code ?? null,
    province: r?.names.province ?? null,
    city: r?.names.city ?? null,
    county: r?.names.county ?? null,
    town: r?.names.town ?? null,
  };
  const changed = REGION_COLUMNS.filter((c) => (row.cols[c] ?? null) !== next[c]);
  if (changed.length > 0) {
    tx.update('records', row.id, {
      ...Object.fromEntries(changed.map((c) => [c, next[c]])),
      updated_at: tx.now,
    });
    // The person's edit of the text now owns these values' provenance.
    for (const c of changed) {
      tx.setProvenance(row.id, c, { mentionId: null, opId: tx.opId });
      row.cols[c] = next[c];
    }
  }
  if (text && !r?.regionCode) {
    const c = r?.candidates.length ?? 0;
    return [`地区「${text}」未能确定区划代码${c > 1 ? `（${c} 个候选，请写得更完整）` : ''}`];
  }
  return [];
}
