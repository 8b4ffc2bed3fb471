/**
 * A city's page telling a list a ministry published writes the ministry's programme bare: the
 * name is no more the city's (whose bureau posted the page) than the province's its headline
 * names. Told of the city's own bureau, the bare name stays the city's.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const programmes = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() }).records.map(
    (r) => r.programme,
  );

const page = (actor: string) =>
  [
    '福建省南平市建阳区童游街道溪山社区被评为最美志愿服务社区',
    '来源：南平市文化和旅游局',
    `15日，${actor}公布学雷锋志愿服务先进典型名单，共评选出最美志愿者20位、最美志愿服务社区20个。`,
    '其中，福建省南平市建阳区童游街道溪山社区被评为最美志愿服务社区。',
    '溪山社区位于建阳城区东部，常住居民三千余户。',
  ].join('\n');

describe('a bare programme a ministry published', () => {
  it('belongs to no place', () => {
    expect(programmes(page('文化和旅游部办公厅'))).toEqual(['最美志愿服务社区']);
  });

  it('stays the city bureau’s when that bureau published it', () => {
    expect(programmes(page('南平市文化和旅游局'))).toEqual(['南平市最美志愿服务社区']);
  });

  it('is the national one the story writes in full elsewhere', () => {
    const text = page('文化和旅游部办公厅').replace(
      '共评选出最美志愿者20位',
      '命名全国最美志愿服务社区等先进典型，共评选出最美志愿者20位',
    );
    expect(programmes(text)).toEqual(['全国最美志愿服务社区']);
  });
});
