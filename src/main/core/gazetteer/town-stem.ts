/**
 * A township written without its level word at the head of a unit's name ("某店管得宽志愿服务队"
 * for 某店镇's team, "柳林团结议事协商会" for 柳林镇's), under a notice of one county or in a
 * run of units after one placed in a county: news of a county writes its own towns short. The
 * name is found nowhere as written; when it starts with the stem of exactly one township of
 * that county (the longest such stem, two characters at least, more name after it), the item
 * lies in that township. Taken only when nothing else was found, so the answer never leaves
 * the county the notice or the run already names.
 */
import { type Unit, isValidOn, isWithin, loadGazetteer, todayIso } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import { unitNames } from './place';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import { contextScope, previousScope } from './scope';
import { scopeTowns } from './towns';

const LEVEL_WORD = /(街道办事处|街道|民族乡|镇|乡|苏木)$/;
/** The township's level word itself after the stem: the full name, read elsewhere. */
const WRITTEN_IN_FULL = /^(街|镇|乡|苏木|民族乡|办事处)/;

/**
 * The one county the context names; else, in a run of units, the county of the item before
 * when the context (if any) holds it (随县某镇甲、某店乙: the run stays in its county).
 */
function countyOf(opts: ResolveOptions): Unit | null {
  const g = loadGazetteer();
  const day = opts.asOf ?? todayIso();
  const stated = contextScope(g, opts.context).units.filter((u) => isValidOn(u, day));
  if (stated.length === 1 && stated[0]!.level === 'county') return stated[0]!;
  const before = previousScope(g, opts.previous).units.filter(
    (u) => u.level === 'county' && isValidOn(u, day),
  );
  const county = before.length === 1 ? before[0]! : null;
  if (!county || stated.some((u) => u.level === 'county')) return null;
  return stated.every((u) => isWithin(county, u)) ? county : null;
}

export function resolveTownStem(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
): RegionResolution {
  if (first.code !== null) return first;
  const county = countyOf(opts);
  if (!county) return first;
  const key = normalizeRegionText(text).key;
  const hits = scopeTowns([county.code])
    .towns.filter((t) => !t.pseudo && LEVEL_WORD.test(t.name))
    .map((t) => ({ town: t, stem: t.name.replace(LEVEL_WORD, '') }))
    .filter(
      ({ stem }) =>
        stem.length >= 2 &&
        key.startsWith(stem) &&
        key.length >= stem.length + 2 &&
        !WRITTEN_IN_FULL.test(key.slice(stem.length)),
    );
  const longest = Math.max(0, ...hits.map((h) => h.stem.length));
  const best = hits.filter((h) => h.stem.length === longest);
  const hit = best.length === 1 ? best[0] : undefined;
  if (!hit) return first;
  return {
    ...first,
    code: hit.town.code,
    level: 'town',
    names: { ...unitNames(county), town: hit.town.name },
    current: null,
    regionCode: county.code,
    start: 0,
    end: hit.stem.length,
    note: `「${hit.stem}」按所在${county.name}的${hit.town.name}（省去“${hit.town.name.slice(hit.stem.length)}”字）计，请核对`,
  };
}
