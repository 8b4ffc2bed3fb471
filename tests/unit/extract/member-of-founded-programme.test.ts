/**
 * A place listed for a programme named with who set it up ("入选民政部首批确立的某某示范地区"):
 * the 的 there belongs to the programme's name, so the place is a member; a 的 before the short
 * noun of a list to come ("入选…名单的村是") still introduces that list.
 */
import { describe, expect, it } from 'vitest';
import { classifyRest } from '../../../src/main/core/import/extract/place-rest';
import { readResolved } from './helpers';

describe('a member of a programme named with who set it up', () => {
  it('is an entry beside the other lists of its sentence', () => {
    const { codes } = readResolved(
      '江宁区入选首批示范地区\n近日，江宁区入选民政部首批确立的全国社区教育示范地区，南京市江宁区东山街道上坊社区和秣陵街道殷巷社区入选首批全国社区教育示范社区。',
    );
    expect(codes).toEqual(['320115', '320115', '320115']);
  });

  it('is told from a 的 that introduces a list or a purpose', () => {
    expect(classifyRest('入选民政部首批确立的全国社区教育示范地区').rest).toBe('member');
    expect(classifyRest('入选省级示范名单的村是').rest).toBe('activity');
    expect(classifyRest('为进一步提升社区服务的质量和水平').rest).toBe('activity');
  });
});
