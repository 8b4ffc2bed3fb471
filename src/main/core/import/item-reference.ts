/**
 * How a warning names the item it is about, so staff can find that item in the preview and
 * in the notice. Most lists give no 序号 (places under their province, table rows without a
 * number, names run together in a sentence), so a warning that could only say "第N项" would
 * print "第?项", and one quoting an empty title would print “”: neither leads anywhere.
 * Without a 序号 the item is named by the words it shows: its place, else its title's start.
 */

interface Item {
  seq: number | null;
  title?: string | null;
  regionText?: string | null;
}

const TITLE_CHARS = 12;

const quoted = (text: string) => `“${text}”`;

function shortTitle(title: string): string {
  const t = title.trim();
  return t.length > TITLE_CHARS ? `${t.slice(0, TITLE_CHARS)}…` : t;
}

/** "第3项", else the item's title (or, for a bare place, its place) in quotes, else "有一项". */
export function itemReference(item: Item): string {
  if (item.seq !== null) return `第${item.seq}项`;
  const title = item.title?.trim() ?? '';
  if (title !== '') return quoted(shortTitle(title));
  const place = item.regionText?.trim() ?? '';
  return place !== '' ? quoted(place) : '有一项';
}

/** "第3项的地区“某县”", or "地区“某县”" for an item without a 序号: the place is what to find. */
export function regionReference(item: Item): string {
  const place = item.regionText?.trim() ?? '';
  if (place === '') return `${itemReference(item)}的地区`;
  return item.seq !== null ? `第${item.seq}项的地区${quoted(place)}` : `地区${quoted(place)}`;
}

/**
 * The items one summarised warning hits, as the preview shows them: 序号 where given, else
 * the place ("第3项、“兵直二二二團”"), at most `max` of them and 等 after.
 */
export function itemsListed(
  items: readonly { seq: number | null; regionText: string | null }[],
  max = 6,
): string {
  const names = items.map((i) =>
    i.seq !== null ? `第${i.seq}项` : i.regionText ? quoted(i.regionText) : null,
  );
  const known = names.filter((n): n is string => n !== null);
  if (known.length === 0) return '';
  const shown = known.slice(0, max).join('、');
  return known.length > max || known.length < items.length ? `${shown}等` : shown;
}
