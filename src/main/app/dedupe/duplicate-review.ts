/**
 * What the merge screen shows: each proposed group with its records side by side and,
 * per field group, every candidate value labelled with the notice file it came from;
 * related pairs; merges still in effect (to take apart with 撤销合并).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/app-error';
import type { LedgerRecord } from '../../../shared/domain';
import type {
  DuplicateReview,
  DuplicateReviewGroup,
  MergeField,
} from '../../../shared/duplicate-review';
import {
  chooseSources,
  FIELD_GROUP_LABELS,
  FIELD_GROUP_NAMES,
  FIELD_GROUPS,
  type FieldGroup,
} from '../../core/dedupe/survivor';
import { statusText } from '../../core/records/status-events';
import type { LedgerHandle } from '../../db/ledger';
import { liveMerges, loadMergeCandidates } from '../../db/queries/merges';
import { eventsOf } from '../../db/queries/identity';
import { recordsByIds } from '../../db/queries/records';
import { statusEventOf } from '../records/record-events';
import { dedupeSettings, duplicateReport } from './ledger-dedupe';

/**
 * A text field's value as the screen shows it: a blank one ('' — how an import stores a zone
 * without a theme — or spaces) is no value, shown as （空） with nothing to choose, like NULL.
 */
const written = (x: string | number | null | undefined): string | null =>
  typeof x === 'string' && x.trim() !== '' ? x : null;

/** Groups shown by the value a person recognises (region text for the region group). */
const SHOWN: Record<FieldGroup, (v: Record<string, string | number | null>) => string | null> = {
  title: (v) => written(v['title']),
  region: (v) =>
    [v['region_text'], v['unit_code'] ? `（${v['unit_code']}）` : ''].filter(Boolean).join('') ||
    null,
  unit: (v) => written(v['unit']),
  content: (v) => written(v['content']),
  programme: (v) =>
    [v['programme'], v['year'], v['batch']].filter((x) => x != null && x !== '').join(' ') || null,
  seq: (v) => (v['seq'] == null ? null : String(v['seq'])),
  status: (v) => written(v['status']),
};

function sourceOf(db: Database.Database): (recordId: number, field: string) => string | null {
  const stmt = db.prepare(
    `SELECT n.file, p.mention_id FROM field_sources p LEFT JOIN mentions m ON m.id = p.mention_id
       LEFT JOIN notices n ON n.id = m.notice_id WHERE p.record_id = ? AND p.field = ?`,
  );
  const noticeFile = db.prepare('SELECT file FROM notices WHERE id = ?');
  const status = db.prepare('SELECT status FROM records WHERE id = ?');
  // A status is told by events, not by the mention that brought the record in: the notice
  // whose event decides it (a later acceptance result, say) is where the value came from.
  const toldBy = (recordId: number): string | null => {
    const e = statusEventOf(eventsOf(db, [recordId]));
    const now = (status.get(recordId) as { status: string | null } | undefined)?.status;
    if (!e || statusText(e) !== now) return null;
    return (noticeFile.get(e.noticeId) as { file: string | null } | undefined)?.file ?? null;
  };
  return (recordId, field) => {
    const row = stmt.get(recordId, field) as
      { file: string | null; mention_id: number | null } | undefined;
    if (!row) return null;
    if (row.mention_id === null) return row.file ?? '人工修改';
    return (field === 'status' ? toldBy(recordId) : null) ?? row.file;
  };
}

export function mergeFields(
  db: Database.Database,
  ids: readonly number[],
  survivorId: number,
): MergeField[] {
  const cands = loadMergeCandidates(db, ids);
  const defaults = chooseSources(cands, survivorId);
  const source = sourceOf(db);
  return FIELD_GROUP_NAMES.map((g) => ({
    group: g,
    label: FIELD_GROUP_LABELS[g],
    chosen: defaults[g],
    options: cands.map((c) => ({
      recordId: c.id,
      value: SHOWN[g](c.values),
      source: source(c.id, FIELD_GROUPS[g][0] ?? g),
    })),
  }));
}

export function duplicateReview(ledger: LedgerHandle): DuplicateReview {
  const db = ledger.db;
  const report = duplicateReport(ledger);
  const ids = new Set<number>();
  for (const g of report.groups) g.recordIds.forEach((id) => ids.add(id));
  for (const r of report.related) [r.a, r.b].forEach((id) => ids.add(id));
  const merges = liveMerges(db);
  for (const m of merges) [m.survivorId, ...m.mergedIds].forEach((id) => ids.add(id));
  const byId = new Map<number, LedgerRecord>(recordsByIds(db, [...ids]).map((r) => [r.id, r]));
  const pick = (list: readonly number[]) =>
    list.map((id) => byId.get(id)).filter((r): r is LedgerRecord => !!r);
  return {
    groups: report.groups.map((g) => {
      const survivorId = Math.min(...g.recordIds);
      return {
        ...g,
        survivorId,
        records: pick(g.recordIds),
        fields: mergeFields(db, g.recordIds, survivorId),
      };
    }),
    related: report.related.map((r) => ({ ...r, records: pick([r.a, r.b]) })),
    merged: merges.map((m) => ({
      opId: m.opId,
      at: m.at,
      actor: m.actor,
      summary: m.summary,
      survivor: byId.get(m.survivorId) ?? null,
      merged: pick(m.mergedIds),
    })),
    settings: dedupeSettings(ledger),
  };
}

/**
 * Any records a person chose in the grid, side by side as the merge screen shows a
 * proposed group (合并所选): no score, the lowest id kept by default.
 */
export function compareRecords(ledger: LedgerHandle, ids: readonly number[]): DuplicateReviewGroup {
  const db = ledger.db;
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  const live = loadMergeCandidates(db, unique).filter((c) => c.live);
  if (live.length < unique.length)
    throw new AppError(
      'merge_not_live',
      `所选记录中有 ${unique.length - live.length} 条已删除或已并入其他记录，请刷新后重选`,
    );
  const survivorId = unique[0]!;
  return {
    recordIds: unique,
    score: 1,
    reasons: ['手工选择'],
    auto: false,
    survivorId,
    records: recordsByIds(db, unique),
    fields: mergeFields(db, unique, survivorId),
  };
}
