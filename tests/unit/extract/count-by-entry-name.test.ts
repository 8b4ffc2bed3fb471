/**
 * A count cited with the first entry's own name ("核实确定甲森林康养基地等15处为…") counts a table
 * whose place column holds only the city written short: the entry's name is the example when its
 * place is too short to be one. A table whose first entry the count does not cite is not counted
 * by it, nor is a table no count cites. Composed notices, invented names.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const mismatches = (lines: string[]) =>
  readResolved(lines.join('\n')).n.warnings.filter((w) => w.code === 'count_mismatch');

const TABLE = [
  '附件',
  '第六批“四川省森林康养基地”名单',
  '序号\t市州\t基地名称\t申报主体',
  '1\t自贡\t四川省自贡市青禾植物园森林康养基地\t自贡市青禾资产管理有限公司',
  '2\t绵阳\t四川省枫林沟森林康养基地\t绵阳枫林沟生态农业发展有限公司',
  '3\t广元\t四川省广元市南岭林场森林康养基地\t广元市南岭林场',
];

describe('a count cited with the first entry’s name', () => {
  it('counts the table when the place column holds only the city', () => {
    const [w] = mismatches([
      '各市(州)林业和草原主管部门:',
      '根据公示情况，核实确定自贡市青禾植物园森林康养基地等15处为第六批“四川省森林康养基地”(名单详见附件)。',
      ...TABLE,
    ]);
    expect(w).toMatchObject({ stated: 15, found: 3 });
  });

  it('counts nothing where no count cites the entry', () => {
    expect(
      mismatches([
        '各市(州)林业和草原主管部门:',
        '根据公示情况，核实确定下列基地为第六批“四川省森林康养基地”(名单详见附件)。',
        ...TABLE,
      ]),
    ).toEqual([]);
  });
});
