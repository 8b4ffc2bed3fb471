/**
 * The last line of a document that a copy cut inside its unit's name ("某省某市某区平" under
 * whole lines "某省某市某区某镇某村", "某市某区某社区志愿服务驿"): the division is written in
 * full down to the county, only the name after it is lost. The entry is still one of the
 * list's, placed at that division and flagged as cut, so that the page's cut never silently
 * drops it. A line that stops before its county (a name cut inside the division, "某市枫")
 * places nothing and stays out, and so does a signature or caption left at the page's end
 * (an organ's name, a photo's caption), which names no entry.
 */
import { UNIT_NOUN } from './counted-head-bodies';
import { readNumbering } from './numbering';
import { NAMED_BODY } from './place-lines';
import { splitRegionKey } from './region-heuristic';
import { toKey, type Line } from './text-key';
import type { RegionLookup } from './types';

/**
 * Words of an organ signing the page, of a credit or of a caption, never of a listed unit's cut
 * name: an office, a department, a committee or a congress (某区文明办, 某市人大常委), a credit
 * (某县供稿).
 */
const NOT_AN_ENTRY =
  /(?:政府|党委|委员会|办公室|民政|人大|政协|供稿|[办部委会稿厅局处科]$|图|摄|讯|报)/;
/** The cut rest of a name: a few characters of a name, nothing else. */
const CUT_REST = /^[\u4e00-\u9fff]{1,12}$/;

/** How a whole name ends (某镇儿童之家, 某区某公园志愿服务驿站, 某村): no cut. */
const WHOLE_NAME = /(?:社区|村|居委会|嘎查|街道|镇|乡|苏木)$/;

/** Whether `rest`, written right after the division `place`, is a cut name's first characters. */
export function isCutName(place: string, rest: string): boolean {
  if (!CUT_REST.test(rest) || NOT_AN_ENTRY.test(rest)) return false;
  if (WHOLE_NAME.test(rest) || UNIT_NOUN.test(rest) || NAMED_BODY.test(rest)) return false;
  return (splitRegionKey(toKey(place))?.level ?? -1) >= 2;
}

/** The division a cut last line is written at (county or finer), or null. */
export function cutPlaceOf(line: Line, lookup: RegionLookup): string | null {
  const raw = line.raw.trim();
  const t = line.trimmed;
  if (t.length < 4 || t.length > 40 || /[\s。，,；;：:！？!?、（）()“”"]/.test(t)) return null;
  if (readNumbering(t) !== null) return null;
  const hit = lookup.splitPrefix(raw, {});
  if (!hit || hit.end < 2 || hit.end >= t.length) return null;
  return isCutName(hit.regionText, t.slice(hit.end)) ? raw.slice(0, hit.end) : null;
}
