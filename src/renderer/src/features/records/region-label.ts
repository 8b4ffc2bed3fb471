import type { GridRecord } from '../../../../shared/domain';

/**
 * "江苏省无锡市新吴区（320214）旺庄街道（320214050）": each code right after the name it is
 * the code of — the county-level code as the 区划代码 column shows it, a township's or
 * community's own code after its name (单位代码 where no name is known) — never a 9-digit
 * code after the county beside a 6-digit one in the next column.
 */
export function regionLabel(
  r: Pick<GridRecord, 'province' | 'city' | 'county' | 'town' | 'regionCode' | 'unitCode'> &
    Partial<Pick<GridRecord, 'unit'>>,
): string {
  const names = (parts: (string | null)[]) =>
    parts.filter((n, i, all) => n && all.indexOf(n) === i).join('');
  const own = r.unitCode && r.unitCode.length > 6 ? r.unitCode : null;
  const upper = names([r.province, r.city, r.county, own ? null : r.town]);
  const code = (c: string | null) => (c ? `（${c}）` : '');
  const label = upper ? `${upper}${code(r.regionCode ?? (own ? null : r.unitCode))}` : '';
  if (!own) return label;
  // A township's code is 9 digits; a 12-digit one is a community's, named by the unit (the
  // community written after its township, so the code never reads as the township's).
  const town = r.town ?? '';
  if (own.length === 9 && town) return `${label}${town}${code(own)}`;
  const unit = r.unit && r.unit !== town ? r.unit : '';
  return unit ? `${label}${town}${unit}${code(own)}` : `${label}${town}（单位代码 ${own}）`;
}

/**
 * The label in two lines for a narrow cell: the names, then their codes in the order the
 * names hold them; a community's code keeps its 单位代码 word. A code the next one begins
 * with (the county's 320214 before its township's 320214050) is left out: the 区划代码 column
 * beside the cell shows it, and the finer code says it again. One that does not (a township
 * filed under another county) stays, so the mismatch is seen.
 */
export function regionLines(label: string): { names: string; codes: string } {
  const codes = [...label.matchAll(/（(?:单位代码 )?(\d+)）/g)].map((m) => [m[0], m[1]!] as const);
  const finer = (c: string, i: number) => codes.slice(i + 1).some(([, d]) => d.startsWith(c));
  const shown = codes.filter(([, c], i) => !finer(c, i)).map(([whole]) => whole.slice(1, -1));
  return { names: label.replace(/（(?:单位代码 )?\d+）/g, ''), codes: shown.join(' · ') };
}
