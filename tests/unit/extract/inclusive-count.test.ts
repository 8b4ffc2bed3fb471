/**
 * A place named inside its group's count ("包括洛阳市在内的30个城市被列入第二批…"): 在内的
 * closes the group as 等 does — the place is a named example of the counted group and an
 * entry of the programme and batch the sentence names.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a place named inside its count with 包括…在内的', () => {
  it('is an entry of the batch the sentence names', () => {
    const { n, codes } = readResolved(
      [
        '洛阳市列入第二批某某改革试点',
        '近日，经有关部门联合评审，包括洛阳市在内的30个城市被列入第二批国家某某改革试点地区。',
      ].join('\n'),
    );
    expect(codes).toEqual(['410300']);
    expect(n.records[0]?.batch).toBe('第二批');
  });
});

describe('a place named inside a count no verb makes members', () => {
  it('is no entry ("已推出包括某市在内的15家…" retells an earlier list)', () => {
    const { codes } = readResolved(
      [
        '第二批某某改革实验区名单公布',
        '2021年4月，有关部门已推出包括河南洛阳市在内的15家全国某某改革实验区。',
      ].join('\n'),
    );
    expect(codes).toEqual([]);
  });
});
