/**
 * What an export will be before it is made: which records (a Word document is one kind),
 * which layout (a case compilation or a list), the title derived from the selection, the
 * columns, the masked records that would block it, the cases without a write-up and the
 * revoked units a Word document marks or leaves out (revoked.ts). The
 * export dialog's preview and the export itself use the same plan, so what the dialog shows
 * is what the file holds.
 */
import type { LedgerRecord, RecordKind } from '../../../shared/domain';
import { RECORD_KINDS } from '../../../shared/domain';
import type { DocxLayout, ExportColumnId, ExportPreview } from '../../../shared/export-options';
import { caseHeading, hasWriteup } from './case-compilation';
import { deriveTitle, editionOf, programmesOf, type TitleSuffix } from './document-title';
import { columnChoices, type HeaderOverrides } from './list-layout';
import { ALL_FIELDS, findMasked, type PrintedField } from './masked-text';
import { isRevoked } from './revoked';

export type ExportFormat = 'docx' | 'xlsx' | 'ics';

export interface PlanRequest {
  format: ExportFormat;
  kind?: RecordKind;
  layout?: DocxLayout;
  title?: string;
  /** Columns of a Word list (their defaults when absent). */
  columns?: readonly ExportColumnId[];
  /** A Word document's revoked units: marked (default) or left out. */
  revoked?: 'mark' | 'omit';
}

const FIELD_OF: Record<ExportColumnId, PrintedField[]> = {
  seq: [],
  unit: ['regionText', 'unit'],
  recommender: ['unit'],
  title: ['title'],
  content: ['content'],
};

export interface ExportPlan {
  /** The kind of a Word document; null for a workbook or calendar (every kind). */
  kind: RecordKind | null;
  layout: DocxLayout;
  records: LedgerRecord[];
  title: string;
  columns: ExportPreview['columns'];
  masked: ExportPreview['masked'];
  withoutWriteup: number;
  /** Revoked units of a Word document's kind, before any are left out. */
  revoked: number;
  /** How many of them were left out (asked for). */
  revokedLeftOut: number;
}

/** A Word document without a kind takes the zones, else the kind with most records. */
function wordKind(records: readonly LedgerRecord[]): RecordKind {
  const counts = new Map<RecordKind, number>();
  for (const r of records) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  if (counts.has('zone')) return 'zone';
  let best: RecordKind = 'zone';
  for (const k of RECORD_KINDS) if ((counts.get(k) ?? 0) > (counts.get(best) ?? 0)) best = k;
  return best;
}

export function planExport(
  selected: readonly LedgerRecord[],
  req: PlanRequest,
  headers: HeaderOverrides = {},
): ExportPlan {
  const kind = req.format === 'docx' ? (req.kind ?? wordKind(selected)) : null;
  const ofKind = kind ? selected.filter((r) => r.kind === kind) : [...selected];
  // Only a Word document leaves revoked units out: the workbook's status column says it.
  const revoked = kind ? ofKind.filter(isRevoked).length : 0;
  const omit = kind !== null && req.revoked === 'omit';
  const records = omit ? ofKind.filter((r) => !isRevoked(r)) : ofKind;
  const layout: DocxLayout = req.layout ?? (kind === 'case' ? 'compilation' : 'list');
  const suffix: TitleSuffix =
    req.format !== 'docx' ? '汇总表' : layout === 'compilation' ? '汇编' : '名单';
  const kinds = kind ? [kind] : RECORD_KINDS.filter((k) => records.some((r) => r.kind === k));
  const columns = columnChoices(kind ?? 'zone', records, headers);
  // Only what the document prints can embarrass it: a list without its write-up column
  // does not need the write-up unmasked.
  const printed =
    req.format === 'docx' && layout === 'list'
      ? (req.columns ?? columns.filter((c) => c.on).map((c) => c.id)).flatMap((c) => FIELD_OF[c])
      : ALL_FIELDS;
  return {
    kind,
    layout,
    records,
    title:
      req.title?.trim() || deriveTitle(kinds, programmesOf(records), suffix, editionOf(records)),
    columns,
    masked:
      req.format === 'ics' ? [] : findMasked(records, (r) => caseHeading(r, 1).slice(2), printed),
    withoutWriteup: layout === 'compilation' ? records.filter((r) => !hasWriteup(r)).length : 0,
    revoked,
    revokedLeftOut: omit ? revoked : 0,
  };
}
