/**
 * An exceljs cell's value as a person sees it in Excel/WPS: rich text joined, formula
 * results rather than formulas, hyperlinks as their text, dates as YYYY-MM-DD, simple
 * number formats (percent, fixed decimals) applied. Anything exotic falls back to the
 * plain value: the extractor reads names and dates, not currency layouts.
 */
import type ExcelJS from 'exceljs';

export function cellDisplayText(cell: ExcelJS.Cell): string {
  return valueText(cell.value, cell.numFmt);
}

/** A plain cell value (string, number, boolean, Date) as displayed with its number format. */
export function valueText(v: unknown, numFmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v, numFmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return o.richText.map((r: unknown) => String((r as { text?: unknown }).text ?? '')).join('');
    }
    if ('formula' in o || 'sharedFormula' in o) return valueText(o.result, numFmt);
    if ('hyperlink' in o || 'text' in o) return valueText(o.text, numFmt);
    if ('error' in o) return String(o.error);
  }
  return '';
}

/** Dates as YYYY-MM-DD; exceljs builds them in UTC. A time of day is kept when present. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

function numberText(n: number, numFmt: string | undefined): string {
  const fmt = (numFmt ?? '').split(';')[0]?.trim() ?? '';
  const pct = /^0(?:\.(0+))?%$/.exec(fmt);
  if (pct) return `${(n * 100).toFixed(pct[1]?.length ?? 0)}%`;
  const fixed = /^(?:#,##)?0\.(0+)$/.exec(fmt);
  if (fixed) return n.toFixed(fixed[1]?.length ?? 0);
  // toPrecision(15) removes binary noise (0.1 + 0.2) the way Excel displays it.
  return String(Number(n.toPrecision(15)));
}
