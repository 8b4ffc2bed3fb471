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
  return (code) => {
    let hit = cache.get(code);
    if (!hit) {
      const found = g ? successors(g, code) : [];
      hit = found.length ? found : [code];
      cache.set(code, hit);
    }
    return hit;
  };
}

/**
 * Today's code → the historical codes that became it (370116 莱芜区 ← 371202 莱城区). A
 * record filed under an old code in another city prefix is then still looked up when a
 * later notice names the unit by today's code.
 */
export function gazetteerPredecessors(): RegionMapper {
  const g = gazetteerOrNull();
  const before = new Map<string, Set<string>>();
  for (const u of g?.units ?? []) {
    if (!u.successors.length || g!.current.get(u.code) === u) continue;
    for (const s of successors(g!, u.code)) {
      if (s === u.code) continue;
      let set = before.get(s);
      if (!set) before.set(s, (set = new Set()));
      set.add(u.code);
    }
  }
  return (code) => [...(before.get(code) ?? [])];
}
