/**
 * A story's own body written after 我市 with its case title in book-title marks and the verb
 * that honours it: an entry placed where the text names the same body with its city, and none
 * when the text never does.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD =
  '近日，省民政厅公布了2019年度全省优秀社会工作案例评选结果。我市晨光社会工作服务中心《陪伴成长——留守儿童小组工作实践》被评为2019年度全省优秀社会工作案例。';

describe('the speaker’s own body and its titled case', () => {
  it('is placed in the city the text writes before the same body', () => {
    const { n, codes } = readResolved(
      [LEAD, '襄阳市晨光社会工作服务中心成立于2016年，长期为困境儿童提供服务。'].join('\n\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['陪伴成长——留守儿童小组工作实践']);
    expect(codes).toEqual(['420600']);
  });

  it('yields nothing when the body is never named with its place', () => {
    const { n } = readResolved([LEAD, '该中心成立于2016年，长期为困境儿童提供服务。'].join('\n\n'));
    expect(n.records).toEqual([]);
  });
});
