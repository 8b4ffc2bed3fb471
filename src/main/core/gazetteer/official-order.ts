/**
 * Official order of regions: lists and exports follow the division code (北京 11 …
 * 新疆 65), the 新疆生产建设兵团 (66…) after every province, and entries without a code
 * after everything. Codes of different length compare as if padded to 12 digits, so a
 * county (320113) sorts before its townships (320113002) and those before the next county.
 */

const isBingtuan = (code: string): boolean => code.startsWith('66');

function padded(code: string): string {
  return code.length >= 12 ? code : code + '0'.repeat(12 - code.length);
}

export function compareOfficialOrder(
  codeA: string | null | undefined,
  codeB: string | null | undefined,
): number {
  const a = codeA?.trim() || null;
  const b = codeB?.trim() || null;
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const ba = isBingtuan(a);
  const bb = isBingtuan(b);
  if (ba !== bb) return ba ? 1 : -1;
  const pa = padded(a);
  const pb = padded(b);
  if (pa !== pb) return pa < pb ? -1 : 1;
  // same padded value: the shorter (higher-level) code first
  return a.length - b.length;
}
