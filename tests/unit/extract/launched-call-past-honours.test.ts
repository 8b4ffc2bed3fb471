/**
 * A paper telling that a district's call for cases starts ("…案例征集活动启动") and inviting
 * entries ("欢迎…推荐") is the call: nothing has been chosen yet. The district and the honours
 * its streets and communities won before, named to show why the round is held, are no
 * entries of it. A round whose headline says it has chosen is no call. Composed from our own
 * sentences; the places are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const page = (title: string, body: string) =>
  readResolved([title, '2023-05-10 09:00 来源: 某某晚报', body].join('\n'));

const CALL_BODY =
  '某某晚报讯(记者 王某)即日起，鼓楼区民政局与本报联合开展社区治理创新案例征集活动，欢迎各街道、社区和广大居民推荐创新案例。近年来，鼓楼区被评为全国社区治理创新示范城区，华侨路街道、湖南路街道等3个街道被评为省级示范街道。征集启事 一、征集要求 (一)采取组织推荐和自主报名相结合的形式。';

describe('a call launched in the headline and invited in the body', () => {
  it('is the call, with no entries from the honours it recalls', () => {
    const { n, codes } = page('2023年鼓楼区社区治理创新案例征集活动启动', CALL_BODY);
    expect(n.metadata.role).toBe('application_call');
    expect(codes).toEqual([]);
  });

  it('is no call when the headline says the round has chosen', () => {
    const { n } = page(
      '2023年鼓楼区社区治理创新案例征集结果揭晓',
      '某某晚报讯 鼓楼区华侨路街道、湖南路街道的案例入选2023年鼓楼区社区治理创新案例。',
    );
    expect(n.metadata.role).not.toBe('application_call');
  });
});
