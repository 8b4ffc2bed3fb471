/**
 * A record's region text changed: its codes and division names follow it through the
 * gazetteer, in the same operation, so undo takes both back together.
 */
import {
  notTodaysDivision,
  resolveRegion,
  secondPlaceName,
  unreadCountyName,
} from '../../core/gazetteer';
import type { StoredRecord } from '../../db/queries/records';
import type { WriteTx } from '../../db/write/write-tx';

const REGION_COLUMNS = ['region_code', 'unit_code', 'province', 'city', 'county', 'town'] as const;

/**
 * Sets the region columns from the text; returns notes for what could not be resolved, and
 * for a place that is no longer today's (a renamed or abolished division: the resolver's
 * note says what replaced it), that was read only down to its city, or that is one of two
 * places written in the cell.
 */
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
  if (!text || !r) return [];
  if (!r.regionCode) {
    const c = r.candidates.length;
    return [`地区「${text}」未能确定区划代码${c > 1 ? `（${c} 个候选，请写得更完整）` : ''}`];
  }
  const county = unreadCountyName(text, r);
  if (county) {
    const place = r.names.city ?? r.names.province ?? '';
    return [
      `地区「${text}」只确定到${place}（${r.regionCode}）：「${county}」不在区划中（可能已撤销、更名或写错），请核对`,
    ];
  }
  const second = secondPlaceName(text, r);
  if (second) {
    const first = text.slice(r.start, r.end);
    return [
      `地区「${text}」写了两处：区划代码只按「${first}」（${r.regionCode}），「${second}」未计入，请核对或另建一条`,
    ];
  }
  return notTodaysDivision(r) && r.note ? [`地区「${text}」：${r.note}`] : [];
}
