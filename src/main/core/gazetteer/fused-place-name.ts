/**
 * A characteristic town, park, school or university named after the place it lies in, the place's
 * short name fused into its own ("<city><county>女子高级中学", "<district>…基金小镇",
 * "<street>海洋金融小镇"): a short name glued to more name is otherwise never read (it
 * would eat the start of ordinary words), so such a string finds nothing. When the string
 * names such an establishment and the notice has a context, the longest front part that
 * reads as a place on its own, inside the context, is the place; the note says so.
 */
import { normalizeRegionText } from './normalize';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import { fallbackPrefixes } from './scope';

const ESTABLISHMENT = /(小镇|园区|产业园|中学|小学|学校|学院|大学|医院|景区|度假区)$/;
/** The front part is at most a city and a county written short (two characters each). */
const MAX_FRONT = 8;
/**
 * A landform word right after the front part: the name goes on to a mountain, lake or island
 * (长白山 is no 长白县 + 山…), which the place of the shorter name need not hold. Only the words
 * that close a landform's name: 江, 河, 溪, 海… as often open the next place's (奉化溪口, 江山江郎山).
 */
const LANDFORM = /^[山岭峰湖岛]/;
const LANDFORM_END = /[山岭峰湖江河海岛湾溪泉峡谷]$/;
/** A resort or scenic area is named for the landform; a town (施河…小镇) for its township. */
const LANDFORM_SITE = /(景区|度假区)$/;
/** A province's code prefix: too wide a context for a landform's name that is a township's too. */
const PROVINCE_WIDE = /^\d{2}$/;

export function resolveFusedPlaceName(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
  resolve: (text: string) => RegionResolution,
): RegionResolution {
  const prefixes = fallbackPrefixes(first, opts.context);
  if (!prefixes) return first;
  const { key, origin } = normalizeRegionText(text);
  if (!ESTABLISHMENT.test(key)) return first;
  for (let n = Math.min(MAX_FRONT, key.length - 2); n >= 2; n--) {
    const front = key.slice(0, n);
    if (LANDFORM.test(key.slice(n))) continue;
    const r = resolve(front);
    if (r.code === null || r.regionCode === null || r.start !== 0 || r.end !== front.length)
      continue;
    if (!prefixes.some((p) => r.code!.startsWith(p))) continue;
    // A township's name written bare that is a landform's (鉴湖, a lake) names the landform of a
    // resort, which reaches past the township: it places the resort only under a city's or
    // county's context, never in a whole province (转塘艺术小镇, 施河…小镇 still lie in theirs).
    if (
      r.code.length > 6 &&
      LANDFORM_SITE.test(key) &&
      LANDFORM_END.test(front) &&
      prefixes.every((p) => PROVINCE_WIDE.test(p))
    )
      continue;
    return {
      ...r,
      text,
      start: 0,
      end: origin[n] ?? text.length,
      note: [`「${front}」为所写名称开头的地名，按其所在区划计`, r.note].filter(Boolean).join('；'),
    };
  }
  return first;
}
