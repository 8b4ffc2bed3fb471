/**
 * What the export dialog remembers per format and kind: label, 填报单位, columns, layout and
 * the like. A UI preference, so it lives in the renderer's localStorage, not in the ledger:
 * remembering it is never a ledger write. Title and date are not remembered (the title
 * follows what is exported; the date is today's).
 */
import type { RecordKind } from '../../../../shared/domain';
import type { DocxLayout, ExportColumnId } from '../../../../shared/export-options';

export type ExportFormat = 'docx' | 'xlsx' | 'ics';

export interface ExportPreferences {
  /** "附件", "附件2", or "" for none; undefined: the layout's default. */
  label?: string;
  unitName?: string;
  columns?: ExportColumnId[];
  layout?: DocxLayout;
  missingWriteups?: 'mark' | 'omit';
  revoked?: 'mark' | 'omit';
  contents?: boolean;
  grouping?: 'together' | 'byProgramme';
  includeDone?: boolean;
}

const PREFIX = 'taizhang.export.';
const key = (format: ExportFormat, kind: RecordKind | null) =>
  `${PREFIX}${format}.${kind ?? 'all'}`;
/** 填报单位 is the office's, whatever is exported: also kept once for every kind. */
const UNIT_KEY = `${PREFIX}unitName`;

function read(k: string): unknown {
  try {
    const raw = globalThis.localStorage?.getItem(k);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined; // storage disabled or a value from an older version: start afresh
  }
}

export function loadPreferences(format: ExportFormat, kind: RecordKind | null): ExportPreferences {
  const stored = read(key(format, kind));
  const prefs = stored && typeof stored === 'object' ? (stored as ExportPreferences) : {};
  const unit = read(UNIT_KEY);
  return { ...prefs, unitName: prefs.unitName ?? (typeof unit === 'string' ? unit : undefined) };
}

export function savePreferences(
  format: ExportFormat,
  kind: RecordKind | null,
  prefs: ExportPreferences,
): void {
  try {
    globalThis.localStorage?.setItem(key(format, kind), JSON.stringify(prefs));
    if (prefs.unitName) globalThis.localStorage?.setItem(UNIT_KEY, JSON.stringify(prefs.unitName));
  } catch {
    // A full or disabled storage only loses the convenience.
  }
}
