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
 * The label in two lines for a narrow cell: the names, then their codes in one format, the
 * 6-digit county-level code the 区划代码 column beside it holds. A township's 9-digit or a
 * community's 12-digit code under one row and a county's 6 under the next read as codes of
 * different kinds; the finer code is in the label, shown whole on hover (the cell's tooltip)
 * and in the record's panel. A finer code under another county (a township filed under the
 * wrong one) gives its own county code beside, so the mismatch is still seen.
 */
export function regionLines(label: string): { names: string; codes: string } {
  const counties = [...label.matchAll(/（(?:单位代码 )?(\d{6})\d*）/g)].map((m) => m[1]!);
  return {
    names: label.replace(/（(?:单位代码 )?\d+）/g, ''),
    codes: [...new Set(counties)].join(' · '),
  };
}
