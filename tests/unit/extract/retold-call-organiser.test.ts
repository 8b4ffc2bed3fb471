/**
 * A paper passing on a round just launched, with the terms of who may apply, whose headline
 * opens with the province launching it ("某省组织开展…创建工作"): the province is the organiser,
 * no entry, and the page is the call its readers can answer. Composed from the shape.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const headline = '湖北省组织开展全国老年友好示范创建工作,首次公示命名将于2024年5月底前完成';
const page = (terms: string) =>
  [
    headline,
    '楚天日报 2023-03-02',
    headline,
    '湖北省民政厅近日下发通知,全省将组织开展全国老年友好示范创建工作。',
    `通知明确,${terms}创建按自愿申报、初步推荐、省级评价、公示命名等程序进行。`,
    '楚天日报全媒体记者 王明',
  ].join('\n');

describe('a round just launched, told with its terms, its headline opening on a province', () => {
  it('is the call, and the province is no entry', () => {
    const { n } = readResolved(
      page('全国老年友好示范创建以县(市、区)为主要对象,各地达到申报条件的县(市、区)可以申报。'),
    );
    expect(n.metadata.role).toBe('application_call');
    expect(n.records).toEqual([]);
  });

  it('without the terms of applying stays a story naming the province', () => {
    const { n, codes } = readResolved(page('各地要严格工作要求,确保工作成果扎实有效。'));
    expect(n.metadata.role).toBe('news');
    expect(codes).toEqual(['420000']);
  });

  it('keeps a national round’s provinces, named one after another, as its entries', () => {
    const { n, codes } = readResolved(
      [
        '民政部确定三省市开展全国社区治理创新试点',
        '民政部近日组织开展全国社区治理创新试点申报工作。',
        '经各地申报、专家评审，确定北京市、天津市、浙江省为试点地区。',
        '试点申报条件包括组织领导有力、工作基础扎实等。',
      ].join('\n'),
    );
    expect(n.metadata.role).not.toBe('application_call');
    expect(codes).toEqual(['110000', '120000', '330000']);
  });
});
