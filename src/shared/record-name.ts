/**
 * How a message names a record: by what staff know it by — its title, else its place or
 * unit — never by the ledger's internal number, and never as an empty 《》.
 */
interface Named {
  title?: string | null;
  regionText?: string | null;
  unit?: string | null;
}

const filled = (s: string | null | undefined): string | null =>
  typeof s === 'string' && s.trim() !== '' ? s.trim() : null;

/**
 * 《title》, or 「place」 (a zone is known by its place: "修改「保定市竞秀区」的年度" reads
 * naturally, "「…」的未命名记录的年度" does not), or 一条未命名记录; long names cut to `max`.
 */
export function recordName(r: Named, max = 20): string {
  const cut = (s: string) => ([...s].length > max ? `${[...s].slice(0, max).join('')}…` : s);
  const title = filled(r.title);
  if (title) return `《${cut(title)}》`;
  const place = filled(r.regionText) ?? filled(r.unit);
  return place ? `「${cut(place)}」` : '一条未命名记录';
}

/** The same, from a stored row's columns (snake_case, as the database holds them). */
export function storedRecordName(cols: Record<string, unknown>, max = 20): string {
  const s = (v: unknown) => (typeof v === 'string' ? v : null);
  return recordName(
    { title: s(cols.title), regionText: s(cols.region_text), unit: s(cols.unit) },
    max,
  );
}
