/**
 * A body of the notice's own place written with its level word alone: "市居民经济状况核对中心"
 * in a city's notice is that city's centre, "县社会福利院" in a county's is the county's. The
 * level word names no place by itself, so the string finds nothing; the notice's context
 * does. Only when the context is one unit of that very level (市: a city or a municipality;
 * 县 / 区 / 旗: a county-level unit of that word), and only for an organ's name (中心, 局,
 * 委员会, 院 …), never for a place name starting with the word (市中区 is read before this).
 */
import { type Unit, isValidOn, loadGazetteer, todayIso } from './gazetteer-data';
import { unitNames } from './place';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import { contextScope, isMunicipality } from './scope';

const OWN_BODY =
  /^(市|县|区|旗)[\u4e00-\u9fff]{2,20}?(中心|局|委员会|委|办公室|院|馆|站|所|队|厅|会|协会|联合会)$/;

function ofLevelWord(u: Unit, word: string): boolean {
  if (word === '市')
    return u.level === 'city' || (u.level === 'province' && isMunicipality(u.code));
  return u.level === 'county' && u.name.endsWith(word);
}

export function resolveOwnBody(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
): RegionResolution {
  if (first.code !== null || first.candidates.length || !opts.context) return first;
  const word = OWN_BODY.exec(text.trim())?.[1];
  if (!word) return first;
  const day = opts.asOf ?? todayIso();
  const units = contextScope(loadGazetteer(), opts.context).units.filter(
    (u) => ofLevelWord(u, word) && isValidOn(u, day),
  );
  const unit = units.length === 1 ? units[0]! : null;
  if (!unit) return first;
  return {
    ...first,
    code: unit.code,
    level: unit.level,
    names: unitNames(unit),
    current: null,
    regionCode: unit.code,
    start: 0,
    end: 1,
    note: `「${word}」指上下文所在的${unit.name}，按${unit.name}（${unit.code}）计，请核对`,
  };
}
