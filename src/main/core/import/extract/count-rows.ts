/**
 * A table of how many each place has ("河北省 | 1个", "青岛市 | 3个"): a round's share per
 * province or city, told as counts. Its places hold units the table does not name, so its rows
 * list nothing the ledger keeps. Every row but a header is a place cell and count cells only;
 * a row with any other word (a unit's name, a theme) makes it a list of units again.
 */
import type { Cell } from './table-columns';
import { toKey } from './text-key';
import type { RegionLookup } from './types';

/**
 * A count with its measure word (1个, 3家, 12处). A bare number is no count: it is a row's 序号
 * as often (序号 | 县(区) = 1 | 清涧县 lists a county).
 */
const COUNT = /^(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:个|家|处|所|项|名|座)$/;

/**
 * A township, street, community or village: a round's share is told by province, city or county,
 * never by such a place, so a row of one with a count (八达岭镇 | 5个) lists that place as a unit
 * with a figure of its own (a demonstration township and its rest homes).
 */
const BELOW_COUNTY = /(?:镇|乡|街道|社区|村|苏木|嘎查)$/;

const texts = (row: Cell[]): string[] =>
  row.map((c) => toKey(c.text).trim()).filter((t) => t !== '');

function countRow(row: Cell[], lookup: RegionLookup): boolean {
  const cells = texts(row);
  const counts = cells.filter((t) => COUNT.test(t));
  const places = cells.filter((t) => !COUNT.test(t));
  return (
    counts.length >= 1 &&
    places.length === 1 &&
    !BELOW_COUNTY.test(places[0] as string) &&
    lookup.splitPrefix(places[0] as string, {})?.end === (places[0] as string).length
  );
}

export function listsCounts(rows: Cell[][], lookup: RegionLookup): boolean {
  // A header row (省(市) | 数量) is no place and no count: it may stand first.
  const body = rows.length > 0 && !countRow(rows[0] as Cell[], lookup) ? rows.slice(1) : rows;
  return body.length >= 2 && body.every((r) => countRow(r, lookup));
}
