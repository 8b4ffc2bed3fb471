/**
 * A header-less grid of names under place headings merged across the row ("清城区" spanning
 * the table, then "万豪水晶湾 | 金海湾豪庭 | 天湖郦都" three a row, short rows padded with
 * empty cells): each filled cell is one entry lying in the heading's place. An estate, a base
 * or an organisation is named by its cell at that place; a place inside the heading's (a town
 * under its county) is the entry's place itself. Read as a table with columns, the names have
 * no place column and the whole table would be dropped, leaving only the headings as entries.
 *
 * Only a grid every row of which sits under a heading that is a place, whose cells are short
 * names (no 序号, no sentence), and where no row mixes a place with a name: "东城区 | 某主题"
 * under "北京市" is a unit beside its theme, which the table's own reader keeps.
 */
import type { ItemDraft } from './drafts';
import { isPlace } from './grid-entry-cells';
import { readNumbering } from './numbering';
import { labelContext } from './prose-labels';
import type { Cell } from './table-columns';
import { isSpanningRow } from './table-rows';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

interface GridRow {
  cells: Cell[];
}

/** A heading's count after its place ("清城区（8个）"): the group's tally, no place. */
const HEADING_COUNT = /\s*[(（]\s*(?:共\s*)?[0-9一二三四五六七八九十百]+\s*个\s*[)）]\s*$/;

/** A cell that cannot be a name: a number, or prose (a clause mark or a long run of words). */
const NOT_A_NAME = /^[\d\s.、,，-]+$|[，。；;：:]/;
const LONGEST_NAME = 30;
/**
 * A person's name: two or three characters (a padded two-character one too), possibly with a
 * gender mark. A grid mostly of them lists persons by district, not units: no entries.
 */
const PERSON = /^[\u4e00-\u9fff](?:[\u3000 ]?[\u4e00-\u9fff]){1,2}(?:[（(][男女][）)])?$/;
const PERSON_SHARE = 0.8;

/** The place a heading names, as written, without its numbering and count; null if none. */
function headingPlace(heading: string, lookup: RegionLookup): string | null {
  const key = toKey(heading).trim();
  const name = heading
    .trim()
    .slice(readNumbering(key)?.length ?? 0)
    .replace(HEADING_COUNT, '')
    .trim();
  const hit = name ? lookup.splitPrefix(name, {}) : null;
  return hit && hit.end === toKey(name).length ? name : null;
}

/**
 * The grid's entries, one per filled cell under each place heading, or null when the table is
 * not such a grid.
 */
export function headedNameGrid(rows: readonly GridRow[], lookup: RegionLookup): ItemDraft[] | null {
  let place: string | null = null;
  let ctx: RegionContext = {};
  let headings = 0;
  const items: ItemDraft[] = [];
  for (const row of rows) {
    const texts = row.cells.map((c) => c.text);
    // A line between two grids (附件2, the next list's title) closes the heading above it.
    if (texts.length < 2) {
      place = null;
      continue;
    }
    // Only a heading merged across the whole row: a short last row padded with empty cells
    // ("清新区保利花园 |  | ") is a row of names.
    const heading = texts.every((t) => t.trim() !== '') ? isSpanningRow(texts) : null;
    if (heading !== null) {
      place = headingPlace(heading, lookup);
      if (place === null) return null;
      ctx = labelContext(place, {});
      headings++;
      continue;
    }
    const filled = row.cells.filter((c) => c.text.trim() !== '');
    if (filled.length === 0) continue;
    if (place === null) return null;
    if (filled.some((c) => NOT_A_NAME.test(c.text.trim()) || c.text.trim().length > LONGEST_NAME))
      return null;
    const placed = filled.map((c) => isPlace(c.text.trim(), ctx, lookup));
    if (placed.some((p) => p) && placed.some((p) => !p)) return null;
    filled.forEach((cell, i) => {
      const text = cell.text.trim();
      const start = cell.start + cell.text.indexOf(text);
      items.push({
        seq: null,
        start,
        end: start + text.length,
        regionText: placed[i] ? text : place,
        regionContext: ctx,
        title: placed[i] ? '' : text,
        warnings: [],
      });
    });
  }
  if (headings === 0 || items.length === 0) return null;
  const persons = items.filter((it) => PERSON.test(toKey(it.title).trim())).length;
  return persons >= PERSON_SHARE * items.length ? null : items;
}
