/**
 * A table pasted as plain text under a two-row header: a merged header cell (所在地区) over
 * the columns its second row names (市 | 县 | 乡镇), beside cells merged down (序号, 村).
 * The two rows give the real columns, so each row reads as one entry, not its cells as many.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { spaceTablesAsTabs } from '../../../src/main/core/import/extract/space-table';
import { txtDoc } from './helpers';

const extract = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() });
const units = (text: string) => extract(text).records.map((r) => r.unit ?? r.regionText);

const TITLE = '第五批乡村治理示范村名单\n\n';

describe('two-row headers in tables pasted as text', () => {
  it('reads a row per entry under a merged place header split in its second row', () => {
    const text =
      TITLE +
      '序号    所在地区                          村（社区）\n' +
      '        市（州）      县（市、区）    \n' +
      '1       成都市        大邑县              青禾村\n' +
      '2       自贡市        大安区              澄波村\n' +
      '3       攀枝花市      米易县              松岭村\n';
    expect(units(text)).toEqual([
      '成都市大邑县青禾村',
      '自贡市大安区澄波村',
      '攀枝花市米易县松岭村',
    ]);
  });

  it('takes the merged cell centred over its columns, in full-width spaces', () => {
    const text =
      TITLE +
      '序号　　　　所在地区　　　　　　乡（镇）\n' +
      '　　　　市（州）　　县（市、区）\n' +
      '１　　　绵阳市　　　游仙区　　　　青禾镇\n' +
      '２　　　德阳市　　　旌阳区　　　　澄波镇\n';
    expect(units(text)).toEqual(['绵阳市游仙区青禾镇', '德阳市旌阳区澄波镇']);
  });

  it('keeps an empty merged cell of a row in its own column', () => {
    const text =
      TITLE +
      '序号    所在地区                                  村（社区）\n' +
      '        市（州）    县（市、区）    乡镇（街道）\n' +
      '1       绵阳市      游仙区          青禾镇          青禾村\n' +
      '2       德阳市                      澄波街道        澄波村\n' +
      '3       德阳市      旌阳区          松岭镇          松岭村\n';
    const rows = spaceTablesAsTabs(text).text.split('\n').slice(-3, -2)[0] ?? '';
    expect(rows.split('\t').map((c) => c.trim())).toEqual([
      '2',
      '德阳市',
      '',
      '澄波街道',
      '澄波村',
    ]);
    expect(extract(text).records).toHaveLength(3);
  });

  it('reads a second line of data words as data, not as a header row', () => {
    const text =
      TITLE +
      '地区            名称            类别\n' +
      '嘉兴市嘉善县    青禾村          示范村\n' +
      '嘉兴市海盐县    松岭村          示范村\n';
    expect(extract(text).records.map((r) => r.title)).toEqual(['青禾村', '松岭村']);
  });
});
