/**
 * Chains are kept by key, then by start, so the long key normalising kept is hashed once
 * rather than joined to its start into a new string at every ask; and the zones of county
 * level are picked from the division list once. Answers are the same however the key is asked.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/main/core/gazetteer';
import { parseChain } from '../../../src/main/core/gazetteer/chain-parser';
import { zoneUnits } from '../../../src/main/core/gazetteer/short-zone-county';

describe('chains kept by key and start', () => {
  const g = loadGazetteer();

  it('the same key at the same start is one chain, also as another string', () => {
    const key = '江苏省南京市栖霞区马群街道';
    const again = ['江苏省', '南京市栖霞区马群街道'].join('');
    const first = parseChain(g, key, 0);
    expect(parseChain(g, key, 0)).toBe(first);
    expect(parseChain(g, again, 0)).toBe(first);
    expect(first.parts.map((p) => key.slice(p.start, p.end))).toEqual([
      '江苏省',
      '南京市',
      '栖霞区',
    ]);
  });

  it('another start of the same key is its own chain', () => {
    const key = '同意江苏省南京市栖霞区';
    const at2 = parseChain(g, key, 2);
    expect(at2.parts.map((p) => key.slice(p.start, p.end))).toEqual(['江苏省', '南京市', '栖霞区']);
    expect(parseChain(g, key, 5)).not.toBe(at2);
    expect(parseChain(g, key, 5).parts.map((p) => key.slice(p.start, p.end))).toEqual([
      '南京市',
      '栖霞区',
    ]);
  });
});

describe('zones of county level', () => {
  it('are the list’s functional zones in its order, picked once', () => {
    const g = loadGazetteer();
    const zones = zoneUnits(g);
    expect(zones).toEqual(g.units.filter((u) => u.pseudo && u.level === 'county'));
    expect(zones.length).toBeGreaterThan(0);
    expect(zoneUnits(g)).toBe(zones);
  });
});
