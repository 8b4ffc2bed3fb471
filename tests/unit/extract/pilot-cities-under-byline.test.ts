/**
 * A list under no heading of its kind (a page's byline line above it) is a pilot's areas when
 * its intro names the pilot's units 试点城市 or 试点地区, as under a heading naming the pilot's
 * list: cities trying a reform for a term are zones. An intro naming a demonstration's cities
 * (示范城市) leaves the list another kind of list.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const page = (unitWord: string) =>
  [
    '本年度雨水花园建设名单公布',
    '编辑： 来源：青禾园林网 点击量： 发布时间：2015-04-03',
    `有关部门于近期组织了本年度雨水花园建设${unitWord}评审工作。`,
    '根据评审得分，排名在前的城市进入本年度雨水花园建设范围，名单如下：迁安、白城、镇江、嘉兴和池州。',
  ].join('\n');

const kinds = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions: gazetteerRegionLookup() }).records.map(
    (r) => r.kind,
  );

describe('a list under a byline', () => {
  it('is a pilot’s areas when its intro calls them 试点城市', () => {
    expect(kinds(page('试点城市'))).toEqual(['zone', 'zone', 'zone', 'zone', 'zone']);
  });

  it('is another list when its intro calls them 示范城市', () => {
    expect(kinds(page('示范城市'))).toEqual(['other', 'other', 'other', 'other', 'other']);
  });
});

describe('a list under a byline of cities left out', () => {
  it('control: is no pilot’s areas though the intro names 试点城市', () => {
    const text = [
      '本年度雨水花园建设名单公布',
      '编辑： 来源：青禾园林网 点击量： 发布时间：2015-04-03',
      '有关部门于近期组织了本年度雨水花园建设试点城市评审工作。',
      '未进入名单的城市如下：石家庄、太原、呼和浩特和沈阳。',
    ].join('\n');
    expect(kinds(text)).not.toContain('zone');
  });
});
