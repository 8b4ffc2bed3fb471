/**
 * A place column beside a column of who the list names (县（市、区） | 名单), the names being a
 * township or a township's village under the county, or a county-level place on a row whose
 * place cell is empty: the name is the unit, read inside the county, with no title. Controls: a
 * name that is no place (an establishment, an association) stays the row's title, and a
 * township the county does not go on into is left as written. Composed rows.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { headerRoles, rowToItem } from '../../../src/main/core/import/extract/table-columns';

const lookup = gazetteerRegionLookup();
const roles = headerRoles(['类别', '县（市、区）', '名单'])!;
const row = (cells: string[]) =>
  rowToItem(
    cells.map((text) => ({ text, start: 0, end: text.length })),
    roles,
    lookup,
    { start: 0, end: 1 },
    { province: '四川省', city: '遂宁市' },
  );

describe('a name column of places beside the county', () => {
  it.each([
    [['先进乡镇', '安居区', '三家镇'], '安居区三家镇'],
    [['示范村', '船山区', '桂花镇金井村'], '船山区桂花镇金井村'],
    [['示范村', '蓬溪县', '明月镇回水社区'], '蓬溪县明月镇回水社区'],
  ])('%j reads the unit inside its county', (cells, region) => {
    expect(row(cells)).toMatchObject({ regionText: region, title: '' });
  });

  it('reads a county-level place on a row with no county cell', () => {
    expect(row(['先进县（市、区）', '', '射洪市'])).toMatchObject({
      regionText: '射洪市',
      title: '',
    });
  });

  it.each([
    [['示范点', '安居区', '永大农业园'], '永大农业园'],
    [['示范单位', '船山区', '遂宁市农业协会'], '遂宁市农业协会'],
  ])('%j keeps a name that is no place of its own as the title', (cells, title) => {
    expect(row(cells)).toMatchObject({ title });
  });
});

describe('a county cell with an aside on what it takes in', () => {
  it('reads the village inside the county, the aside left out', () => {
    expect(row(['示范村', '安居区（含高新区）', '磨溪镇向阳村'])).toEqual(
      expect.objectContaining({
        regionText: '安居区磨溪镇向阳村',
        title: '',
      }),
    );
    expect(row(['示范村', '安居区（含高新区）', '磨溪镇向阳村'])?.unit).toBeUndefined();
  });
});

describe('a name column of whole places of several levels', () => {
  const named = headerRoles(['序号', '名单'])!;
  const nameRow = (cells: string[]) =>
    rowToItem(
      cells.map((text) => ({ text, start: 0, end: text.length })),
      named,
      lookup,
      { start: 0, end: 1 },
    );

  it.each([
    [['2', '江苏省无锡市'], '江苏省无锡市'],
    [['3', '湖南省益阳市南县'], '湖南省益阳市南县'],
  ])('%j names the place itself', (cells, region) => {
    expect(nameRow(cells)).toMatchObject({ regionText: region, title: '' });
  });

  it('leaves a bare city, which an organisation’s list may hold as a word, as the title', () => {
    expect(nameRow(['4', '无锡市'])).toMatchObject({ title: '无锡市' });
  });

  it('still splits a place from the name written after it', () => {
    expect(nameRow(['1', '湖南省常德市澧县澧阳平原灌区'])).toMatchObject({
      regionText: '湖南省常德市澧县',
      title: '澧阳平原灌区',
    });
  });
});
