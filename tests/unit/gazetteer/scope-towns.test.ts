/**
 * Towns are matched only against those whose name starts with the written character
 * (scopeTowns' byFirst): the same towns, in the same order, as the whole scope would give.
 */
import { describe, expect, it } from 'vitest';
import { matchTowns } from '../../../src/main/core/gazetteer/sub-county';
import { loadTowns, scopeTowns } from '../../../src/main/core/gazetteer/towns';

describe('towns of a scope by first character', () => {
  it.each([[['320613']], [['3206']], [['3206', '330102']]])(
    'holds every town of %j once, in scope order',
    (scope) => {
      const { byCounty } = loadTowns();
      const expected = scope.flatMap((p) =>
        [...byCounty.entries()].filter(([c]) => c.startsWith(p)).flatMap(([, ts]) => ts),
      );
      const { towns, byFirst } = scopeTowns(scope);
      expect(towns).toEqual(expected);
      for (const [first, list] of byFirst) {
        expect(list.every((t) => t.key.startsWith(first))).toBe(true);
        expect(list).toEqual(expected.filter((t) => t.key.charAt(0) === first));
      }
      expect([...byFirst.values()].flat().length).toBe(expected.length);
      expect(scopeTowns([...scope])).toBe(scopeTowns(scope)); // kept per scope
    },
  );

  it('matches a town in a city scope by its full name or its stem', () => {
    const full = matchTowns('和平桥街道', 0, ['3206']);
    expect(full.map((m) => m.town.code.slice(0, 6))).toContain('320613');
    expect(full[0]!.end).toBe(5);
    const stem = matchTowns('和平桥，', 0, ['3206']);
    expect(stem.map((m) => m.town.name)).toContain(full[0]!.town.name);
  });
});
