/**
 * A record's place as a line of text names it where no grid column stands beside it (the record
 * panel's 相关记录): a county-level place with its city, as the grid's 区划 column shows it —
 * 鼓楼区 alone is four districts (南京、福州、开封、徐州) — and with its province where the
 * ledger holds more than one. What the notice wrote below the county (a street, a community)
 * stays as written after the resolved names.
 */
interface Placed {
  regionText: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  town: string | null;
}

const filled = (s: string | null | undefined): string | null =>
  typeof s === 'string' && s.trim() !== '' ? s.trim() : null;

/** The written text after the last resolved name it contains (a community below its street). */
function below(written: string, names: readonly string[]): string | null {
  let end = -1;
  for (const n of names) {
    const at = written.lastIndexOf(n);
    if (at >= 0) end = Math.max(end, at + n.length);
  }
  return end < 0 ? null : written.slice(end);
}

export function placeName(r: Placed, opts: { withProvince: boolean }): string | null {
  const written = filled(r.regionText);
  const province = filled(r.province);
  const city = filled(r.city);
  const county = filled(r.county);
  const town = filled(r.town);
  // nothing resolved below the province: the place as written (or the province alone)
  if (!city && !county && !town) return written ?? province;
  // a municipality's districts have no city between: the province names it (北京市东城区)
  const upper = [opts.withProvince || !city ? province : null, city];
  const names = [...upper, county, town].filter(
    (n, i, all): n is string => !!n && all.indexOf(n) === i,
  );
  const rest = written
    ? below(
        written,
        [county, town].filter((n): n is string => !!n),
      )
    : '';
  // a renamed place (江干区 read as 上城区) keeps the resolved names alone
  return `${names.join('')}${rest ?? ''}`;
}
