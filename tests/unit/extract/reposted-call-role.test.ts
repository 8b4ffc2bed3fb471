/**
 * An organ's own call under its 文号, copied whole by a site that puts its 来源 line on top:
 * the page is the call, not a story about it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const CALL =
  '民办函〔2016〕12号\n各省、自治区、直辖市民政厅（局）：\n' +
  '为总结推广社区服务经验，民政部决定开展全国社区服务优秀案例征集活动。现将有关事项通知如下：\n' +
  '一、征集范围\n近年来各地在社区服务中形成的好做法。\n';

describe('a call passed on by a site', () => {
  it('is the call under the copying site’s source line', () => {
    const { n } = readResolved('来源：社区服务网 时间：2016-05-04\n' + CALL);
    expect(n.metadata.role).toBe('application_call');
    expect(n.records).toEqual([]);
  });

  it('stays a story when no 文号 says the page is the organ’s own', () => {
    const { n } = readResolved(
      '来源：社区服务网 时间：2016-05-04\n' +
        '本报讯 民政部决定开展全国社区服务优秀案例征集活动。现将有关事项通知如下：征集近年来的好做法。\n',
    );
    expect(n.metadata.role).toBe('news');
  });
});
