/**
 * A place written in English on a bilingual page ("Feijiping community of Renmin road
 * sub-district of Beihu district", "Dongjiang sub-district of Zixing city"): the Chinese
 * reader finds nothing in it. Its county-level part is pinyin before an English level word
 * (district, county, city, banner), and the level word is the pinyin's last syllable in the
 * name (区, 县, 市, 旗): "Beihu district" is bei hu qu. Such a part is matched, spaces aside,
 * against the divisions inside the notice's context (nationwide without one), valid on the
 * day; only a single match answers, a county before a city, and the note says it was read
 * from the English. Street and community parts are left to be checked.
 */
import { type Unit, isValidOn, isWithin, loadGazetteer, todayIso } from './gazetteer-data';
import { unitNames } from './place';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import { contextScope } from './scope';

const LEVEL_SYLLABLE: Record<string, string> = {
  district: 'qu',
  county: 'xian',
  city: 'shi',
  banner: 'qi',
};

/** A part such as "Beihu district": up to three words of pinyin, then the level word. */
const PART = /^([a-z][a-z'’\s-]{1,40}?)\s+(district|county|city|banner)$/;

const latinOnly = (text: string): boolean => /[a-z]/i.test(text) && !/[\u3400-\u9fff]/.test(text);

const squeeze = (s: string): string => s.replace(/[^a-z]/g, '');

/** The pinyin keys the text writes, each with its level word: 'beihuqu'. */
function writtenKeys(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s*(?:,|;|\bof\b|\bin\b)\s*/)
    .flatMap((part) => {
      const m = PART.exec(part.trim());
      const words = m?.[1]?.trim().split(/\s+/) ?? [];
      return m && words.length <= 3 ? [squeeze(m[1]!) + LEVEL_SYLLABLE[m[2]!]] : [];
    });
}

export function resolveEnglishPlace(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
): RegionResolution {
  if (first.code !== null || !latinOnly(text)) return first;
  const keys = new Set(writtenKeys(text));
  if (keys.size === 0) return first;
  const g = loadGazetteer();
  const day = opts.asOf ?? todayIso();
  const scope = contextScope(g, opts.context).units;
  const inScope = (u: Unit): boolean =>
    scope.length === 0 || scope.some((s) => s === u || isWithin(u, s));
  const found = g.units.filter(
    (u) =>
      u.level !== 'province' &&
      !u.pseudo &&
      isValidOn(u, day) &&
      keys.has(squeeze(u.pinyin)) &&
      inScope(u),
  );
  for (const level of ['county', 'city'] as const) {
    const at = [
      ...new Map(found.filter((u) => u.level === level).map((u) => [u.code, u])).values(),
    ];
    const unit = at.length === 1 ? at[0]! : null;
    if (at.length > 1) return first;
    if (!unit) continue;
    return {
      ...first,
      code: unit.code,
      level,
      names: unitNames(unit),
      current: null,
      regionCode: unit.code,
      start: 0,
      end: text.length,
      note: `按英文拼写读出 ${unit.name}（${unit.code}），请核对`,
    };
  }
  return first;
}
