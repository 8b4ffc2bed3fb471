/**
 * Datelines a name's ending alone does not find: an outlet's dated 消息 with no reporter after
 * it, an outlet in lenticular brackets before its reporter's bracket, a paper and the city it
 * files from before 讯, a digital paper's page stamp, and a story compiled from several
 * outlets on its source line. Each names the news item's outlet, its issuer.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const issuer = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions }).metadata.issuer;

const STORY =
  '近日，2019年全国社区教育示范街道名单正式对外公布，我市长安镇榜上有名，荣获“全国社区教育示范街道”称号。';
const HEAD = '长安镇获评全国社区教育示范街道';

describe('datelines named by their shape', () => {
  it('an outlet’s dated 消息 without a reporter', () => {
    expect(issuer([HEAD, `掌上东莞12月20日消息，${STORY}`].join('\n'))).toBe('掌上东莞');
  });

  it('a city filing the story is no outlet (control)', () => {
    expect(issuer([HEAD, `北京12月20日消息，${STORY}`].join('\n'))).not.toBe('北京');
    expect(issuer([HEAD, `石家庄市12月20日消息，${STORY}`].join('\n'))).not.toBe('石家庄市');
  });

  it('an organ’s dated 消息 is no outlet (control)', () => {
    expect(issuer([HEAD, `东莞市民政局12月20日消息，${STORY}`].join('\n'))).not.toBe(
      '东莞市民政局',
    );
  });

  it('an outlet’s 消息 before a space or the reporter’s bracket', () => {
    expect(issuer([HEAD, `东江网消息 ${STORY}`].join('\n'))).toBe('东江网');
    expect(issuer([HEAD, `东莞在线消息(记者 张明)${STORY}`].join('\n'))).toBe('东莞在线');
    expect(issuer([HEAD, `东莞发布客户端消息　记者从市民政局获悉，${STORY}`].join('\n'))).toBe(
      '东莞发布',
    );
  });

  it('an organ’s or a place’s 消息 before a space is no outlet (control)', () => {
    expect(issuer([HEAD, `东莞市民政局消息 ${STORY}`].join('\n'))).not.toBe('东莞市民政局');
    expect(issuer([HEAD, `最新消息 ${STORY}`].join('\n'))).toBeNull();
    expect(issuer([HEAD, `互联网消息(记者 张明)${STORY}`].join('\n'))).not.toBe('互联网');
  });

  it('an outlet in lenticular brackets before the reporter', () => {
    expect(issuer([HEAD, `【莞网】（记 者 张明 通讯员 王芳）${STORY}`].join('\n'))).toBe('莞网');
  });

  it('a paper and the city it files from before 讯', () => {
    expect(issuer([HEAD, `今报东莞讯（记者张明）${STORY}`].join('\n'))).toBe('今报');
  });

  it('a digital paper’s page stamp', () => {
    expect(issuer([HEAD, '2019年12月20日·东江晨报·第A01版·要闻', STORY].join('\n'))).toBe(
      '东江晨报',
    );
  });

  it('several outlets a story is compiled from', () => {
    expect(issuer([HEAD, '来源 | 综合东江新闻网、东莞文明网', STORY].join('\n'))).toBe(
      '东江新闻网、东莞文明网',
    );
  });

  it('a place or a weekday in these shapes is no outlet (control)', () => {
    expect(issuer([HEAD, `呼和浩特12月20日消息，${STORY}`].join('\n'))).toBeNull();
    expect(issuer([HEAD, `东莞长安12月20日消息，${STORY}`].join('\n'))).toBeNull();
    expect(issuer([HEAD, `湖北武汉12月20日消息，${STORY}`].join('\n'))).toBeNull();
    expect(issuer([HEAD, `【长安镇】（通讯员 王芳）${STORY}`].join('\n'))).toBeNull();
    expect(issuer([HEAD, '2019年12月20日·星期五·第A01版', STORY].join('\n'))).toBeNull();
    expect(issuer([HEAD, '2019年12月20日·东莞市·第3版', STORY].join('\n'))).toBeNull();
  });
});
