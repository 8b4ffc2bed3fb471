/**
 * Historical codes → today's, from the gazetteer's succession data (江干区 330104 →
 * 330102 / 330114; 崇川区 320602 → 320613). Without gazetteer data (a test machine that
 * never built it) codes compare as written, which only loses the renamed matches.
 */
import { loadGazetteer, type Gazetteer } from '../gazetteer';
import type { RegionMapper } from './region';

function successors(g: Gazetteer, code: string): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (c: string, depth: number) => {
    if (seen.has(c) || depth > 6) return;
    seen.add(c);
    if (g.current.has(c)) {
      out.add(c);
      return;
    }
    for (const u of g.byCode.get(c) ?? []) for (const s of u.successors) walk(s, depth + 1);
  };
  walk(code, 0);
  return [...out];
}

function gazetteerOrNull(): Gazetteer | null {
  try {
    return loadGazetteer();
  } catch {
    return null;
  }
}

export function gazetteerRegions(): RegionMapper {
  const g = gazetteerOrNull();
  const cache = new Map<string, readonly string[]>();
  const map = (code: string): readonly string[] => {
    let hit = cache.get(code);
    if (!hit) {
      const found = g ? successors(g, code) : [];
      hit = found.length ? found : [code];
      cache.set(code, hit);
    }
    return hit;
  };
  let made: Map<string, Set<string>> | null = null;
  const renamedWhole = (code: string): boolean => {
    if (!g) return false;
    const now = map(code);
    const old = g.byCode.get(code)?.at(-1);
    const unit = now.length === 1 ? g.current.get(now[0]!) : undefined;
    if (!old || !unit || unit.code === code) return false;
    const a = stemOf(old.name);
    const b = stemOf(unit.name);
    if (a.startsWith(b) || b.startsWith(a)) return true;
    made ??= madeFrom(g);
    return unit.from !== '' && unit.from >= old.to && made.get(unit.code)?.size === 1;
  };
  return Object.assign(map, { renamedWhole });
}

/**
 * A county's name without its level: a county renamed as it became a city or a district
 * keeps it (鹿泉市 → 鹿泉区, 射洪县 → 射洪市), or lengthens a one-character one (蓟县 → 蓟州区).
 * A county merged into another keeps the other's name (江干区 → 上城区, 港闸区 → 崇川区).
 */
const stemOf = (name: string) => name.replace(/(?:自治[县旗]|林区|特区|[县市区旗])$/, '');

/**
 * Today's code → the other codes it was made from. A unit that began as one old unit ended,
 * made from it alone, is that unit renamed (大同县 → 云州区); one made from two (城区 and 郊区
 * → 潞州区, 崇川区 and 港闸区 → 崇川区 320613) is a merger.
 */
function madeFrom(g: Gazetteer): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const u of g.units) {
    if (!u.successors.length || g.current.get(u.code) === u) continue;
    for (const s of successors(g, u.code)) {
      if (s === u.code) continue;
      let set = out.get(s);
      if (!set) out.set(s, (set = new Set()));
      set.add(u.code);
    }
  }
  return out;
}

/**
 * Today's code → the historical codes that became it (370116 莱芜区 ← 371202 莱城区). A
 * record filed under an old code in another city prefix is then still looked up when a
 * later notice names the unit by today's code.
 */
export function gazetteerPredecessors(): RegionMapper {
  const g = gazetteerOrNull();
  const before = g ? madeFrom(g) : new Map<string, Set<string>>();
  return (code) => [...(before.get(code) ?? [])];
}
