/**
 * Text as it goes into a spreadsheet cell. exceljs writes a JS string as a shared string
 * (t="s"), never as a formula, so "=HYPERLINK(…)", "+86…", "-1", "@…" stay inert text with
 * nothing prefixed; formulas only ever come from our own { formula } values. What can still
 * break a file is XML-illegal control characters and Excel's per-cell length limit.
 */

/** Excel refuses cells longer than this. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

// C0 controls other than tab, LF and CR are not allowed in XML 1.0 at all.
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function cellText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const clean = value.replace(XML_ILLEGAL, '');
  return clean.length > EXCEL_MAX_CELL_CHARS
    ? clean.slice(0, EXCEL_MAX_CELL_CHARS - 1) + '…'
    : clean;
}

/** True for text that a spreadsheet would take for a formula if it were typed in. */
export const looksLikeFormula = (s: string): boolean => /^[=+\-@\t\r]/.test(s);
