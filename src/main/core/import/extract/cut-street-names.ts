/**
 * A street named after a road that bears another place's name (宁海路街道 in 南京市鼓楼区,
 * 湖南路街道, 中山路街道): read without the notice's scope, its first characters are that place
 * written short (宁海 = 宁海县, 湖南 = 湖南省), and the address reading kept the rest (路街道) as
 * the unit. Inside the scope the division list knows the whole name as one place while the rest
 * alone is none there: the unit is a piece cut off a place's name, not a name of its own. A
 * place written with its level word (宁海县某街道) was cut where the writer cut it.
 */
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** The level word a place written in full ends with: no short name the reading may have cut. */
const LEVEL_END = /(省|市|区|县|旗|州|盟|自治区)$/;

export function unitCutFromPlace(
  regionText: string | null,
  unit: string | undefined,
  ctx: RegionContext,
  lookup: RegionLookup | undefined,
): boolean {
  if (!regionText || !unit || !lookup) return false;
  const whole = toKey(regionText).trim();
  const rest = toKey(unit).trim();
  if (rest.length >= whole.length || !whole.endsWith(rest)) return false;
  if (LEVEL_END.test(whole.slice(0, whole.length - rest.length))) return false;
  if (lookup.splitPrefix(whole, ctx)?.end !== whole.length) return false;
  return lookup.splitPrefix(rest, ctx) === null;
}
