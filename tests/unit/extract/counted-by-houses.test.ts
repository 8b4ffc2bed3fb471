/**
 * A run of places closed by a count in 家 ("…甲县、乙市3家产业园全部通过认定"): 家 counts
 * parks, institutions and firms as 个 counts divisions, so the count closes the run and its
 * places are the entries, not a sentence about them.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a run of places closed by a count in 家', () => {
  it('reads each place of the run as an entry', () => {
    const { n, codes } = readResolved(
      [
        '浙江再添3家国家现代农业产业园',
        '农业农村部、财政部近日公布了第五批国家现代农业产业园认定名单，我省安吉县、桐乡市、宁波市奉化区3家申请认定的产业园全部通过。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['安吉县', '桐乡市', '宁波市奉化区']);
    expect(codes).toEqual(['330523', '330483', '330213']);
  });

  it('still lists nothing for one place and a tally of its units', () => {
    const { n } = readResolved(
      ['我市养老机构获评', '近日，全省示范养老机构名单公布，嘉兴市3家养老机构入选。'].join('\n'),
    );
    expect(n.records).toEqual([]);
  });
});
