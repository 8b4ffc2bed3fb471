/**
 * A page reporting a delegation come to observe ("…领导来我中心观摩指导") tells of a visit, as
 * "…一行来我市调研" does: news, whatever programme its lead recalls the units were chosen for.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a visit to observe, told in the headline', () => {
  it('is news', () => {
    const { n } = readResolved(
      [
        '某某创新试点成员单位及兰州新区部分社区领导来我中心观摩指导',
        '2017年年末,在民政部等6部门联合开展的国家康复辅助器具产业综合创新试点活动中,兰州新区入选国家康复辅助器具产业综合创新试点地区。',
        '3月18日,试点成员单位及部分社区领导来我中心观摩指导。各单位领导先后参观了我中心辅具展示大厅。',
        '会上,各单位领导分别就辅具产业化发展、人才培养等作了发言。',
      ].join('\n'),
    );
    expect(n.metadata.role).toBe('news');
  });
});
