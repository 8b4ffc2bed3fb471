/**
 * 新疆生产建设兵团 and its divisions (师) and regiments (团) appear in lists beside
 * provinces but are not GB/T 2260 regions. Official lists put them last; we give them the
 * conventional sorting code 660000 (the corps' statistical province code), never a
 * county code we would have to invent.
 */
export const BINGTUAN_CODE = '660000';
export const BINGTUAN_NAME = '新疆生产建设兵团';

export interface BingtuanMatch {
  end: number;
  division: string | null;
  regiment: string | null;
}

const CORPS = /^(?:新疆)?(?:生产建设)?兵团/;
const DIVISION = /^(?:第|农)([一二三四五六七八九十]{1,3})师|^(兵直|兵团直属)|^建工师/;
const REGIMENT = /^(?:[一二三四五六七八九十〇零百]{1,5}|\d{1,3})团(?:场)?/;

/** `inCorps`: the surrounding notice or list heading is about the corps. */
export function matchBingtuan(key: string, start: number, inCorps: boolean): BingtuanMatch | null {
  let pos = start;
  let corps = false;
  const c = CORPS.exec(key.slice(pos));
  if (c) {
    corps = true;
    pos += c[0].length;
  }
  let division: string | null = null;
  const d = DIVISION.exec(key.slice(pos));
  if (d) {
    division = d[1] ? `第${d[1]}师` : d[2] ? '兵团直属' : '建工师';
    pos += d[0].length;
    // 兵直二二二团: the regiment follows 兵直 directly
  }
  let regiment: string | null = null;
  if (corps || division || inCorps) {
    const r = REGIMENT.exec(key.slice(pos));
    if (r) {
      regiment = r[0];
      pos += r[0].length;
    }
  }
  if (!corps && !division && !(inCorps && regiment)) return null;
  return { end: pos, division, regiment };
}
