/**
 * Masked text: web pages hide words behind runs of asterisks (****), and the import flags
 * them. A document for leadership must not print "****" by accident, so exports refuse such
 * records with a message naming each one, unless the user chose to print them as they are.
 */
import type { LedgerRecord } from '../../../shared/domain';
import type { MaskedRecord } from '../../../shared/export-options';
import { AppError } from '../../../shared/app-error';

/** Two or more asterisks (half- or full-width) or mask squares in a row. */
export const MASK = /[*＊]{2,}|[×■□]{3,}/;

export type PrintedField = 'regionText' | 'unit' | 'title' | 'content';
export const ALL_FIELDS: readonly PrintedField[] = ['regionText', 'unit', 'title', 'content'];

export const isMasked = (r: LedgerRecord, fields = ALL_FIELDS): boolean =>
  fields.some((f) => {
    const v = r[f];
    return typeof v === 'string' && MASK.test(v);
  });

/** The records whose printed fields are masked, labelled as the document would name them. */
export function findMasked(
  records: readonly LedgerRecord[],
  label: (r: LedgerRecord) => string,
  fields = ALL_FIELDS,
): MaskedRecord[] {
  return records
    .filter((r) => isMasked(r, fields))
    .map((r) => ({ id: r.id, seq: r.seq, label: label(r) }));
}

const MAX_LISTED = 10;

/** Throws the Chinese refusal when masked records would be printed without consent. */
export function refuseMasked(masked: readonly MaskedRecord[]): void {
  if (masked.length === 0) return;
  const lines = masked
    .slice(0, MAX_LISTED)
    .map((m) => `  · ${m.seq !== null ? `原序号${m.seq} ` : ''}${m.label}（记录 #${m.id}）`);
  if (masked.length > MAX_LISTED) lines.push(`  · 另有 ${masked.length - MAX_LISTED} 条`);
  throw new AppError(
    'masked_text',
    [
      `有 ${masked.length} 条记录含被遮挡的文字（****），未生成文件：`,
      ...lines,
      '请先在台账中补全这些文字；确需照原样印出时，在导出对话框勾选“照印遮挡文字”（命令行加 --print-masked）。',
    ].join('\n'),
  );
}
