/**
 * 导入完成's 新增 N opens the grid on the records the import's notices name (the ledger lists
 * by id, so a second import's records stood at the bottom), and zones and observation points
 * lead with their place, cases with their title.
 */
import { describe, expect, it } from 'vitest';
import { facetsFromHash, gridLink } from '../../../src/renderer/src/features/records/grid-link';
import { leadingColumn } from '../../../src/renderer/src/features/records/column-lead';

describe('a grid link carrying the import’s notices', () => {
  it('round-trips the notices, alone and beside a facet', () => {
    expect(gridLink('zone', {}, [7])).toBe('#/zones?notices=7');
    expect(facetsFromHash(gridLink('zone', {}, [7, 9]))).toEqual({ notices: [7, 9] });
    expect(facetsFromHash(gridLink('case', { province: '河北省' }, [3]))).toEqual({
      province: ['河北省'],
      notices: [3],
    });
  });

  it('carries 新增 or 关联 alone, beside the notices only', () => {
    expect(gridLink('zone', {}, [7, 9], 'created')).toBe('#/zones?notices=7%2C9&imported=created');
    expect(facetsFromHash(gridLink('zone', {}, [7], 'joined'))).toEqual({
      notices: [7],
      importedAs: 'joined',
    });
    // without the notices it would name every record ever created or joined: not carried
    expect(gridLink('zone', {}, [], 'created')).toBe('#/zones');
    expect(facetsFromHash('#/zones?imported=joined')).toBeNull();
    expect(facetsFromHash('#/zones?notices=7&imported=all')).toEqual({ notices: [7] });
  });

  it('carries nothing when no notice was committed; a malformed list narrows to nothing', () => {
    expect(gridLink('zone', {})).toBe('#/zones');
    expect(facetsFromHash('#/zones?notices=abc,-1,')).toBeNull();
  });
});

describe('the column a grid leads with', () => {
  // The grid's own columns in their order (record-columns.ts), title before the place.
  const COLUMNS = ['id', 'kind', 'seq', 'title', 'regionText', 'regionCode', 'region', 'unit'];
  const lead = (kind: Parameters<typeof leadingColumn>[0]) =>
    leadingColumn(
      kind,
      COLUMNS.map((colId) => ({ colId })),
    ).map((c) => c.colId);
  it('is the place for zones and observation points, the title for cases and others', () => {
    expect(lead('zone')).toEqual([
      'id',
      'kind',
      'seq',
      'regionText',
      'title',
      'regionCode',
      'region',
      'unit',
    ]);
    expect(lead('observation').slice(3, 5)).toEqual(['regionText', 'title']);
    expect(lead('case')).toEqual(COLUMNS);
    expect(lead('other')).toEqual(COLUMNS);
  });
});
