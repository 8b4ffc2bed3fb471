/**
 * A county feature about one honoured unit: the headline names it short before a colon, the
 * body writes it out with its county and tells the honour it holds. That unit is the page's
 * one entry (a mention for the record its list made); the page is still a story.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a feature about one honoured unit', () => {
  it('is the unit the body writes in full, when the body tells its honour', () => {
    const { n, codes } = readResolved(
      [
        '柳塘村：积分兑出好风气',
        '发布时间：2022-05-06 09:30　来源：平邑县融媒体中心',
        '初夏时节，走进平邑县地方镇柳塘村，街巷干净整洁。作为全国乡村治理示范村，柳塘村推行积分制管理，村民凭积分兑换生活用品。',
        '“现在大家抢着干。”柳塘村党支部书记说。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['平邑县地方镇柳塘村']);
    expect(codes).toEqual(['371326']);
    expect(n.metadata.role).toBe('news');
  });

  it('reads the honour given by an organ named between 被 and its verb', () => {
    const { n, codes } = readResolved(
      [
        '青松社区：议事厅里议出好日子',
        '2020-03-02 10:00　来源：宜都市融媒体中心',
        '近日，记者走进宜都市陆城街道青松社区，居民代表正在商量加装电梯的事。青松社区2012年被民政部命名为全国和谐社区建设示范社区。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['宜都市陆城街道青松社区']);
    expect(codes).toEqual(['420581']);
  });

  it('names nothing when the body tells no honour, or never writes the unit with its county', () => {
    const plain = readResolved(
      [
        '柳塘村：积分兑出好风气',
        '来源：平邑县融媒体中心',
        '初夏时节，走进平邑县地方镇柳塘村，街巷干净整洁。柳塘村推行积分制管理。',
      ].join('\n'),
    );
    expect(plain.n.records).toEqual([]);
    const bare = readResolved(
      [
        '柳塘村：积分兑出好风气',
        '来源：平邑县融媒体中心',
        '作为全国乡村治理示范村，柳塘村推行积分制管理。',
      ].join('\n'),
    );
    expect(bare.n.records).toEqual([]);
  });
});

describe('the one unit a counted honour singles out', () => {
  it('is the unit named after 其中 as the representative of the counted ones', () => {
    const { n, codes } = readResolved(
      [
        '杭州1个社区、1个组织、2个项目上榜',
        '6月5日，全国志愿服务先进典型发布活动举行，杭州1个社区、1个组织、2个项目上榜。其中，西湖区北山街道青枫社区作为浙江省唯一受邀先进典型代表，参加领奖并进行交流。',
        '青枫社区以党建为纽带，联动辖区单位开展志愿服务。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['西湖区北山街道青枫社区']);
    expect(codes).toEqual(['330106']);
  });

  it('names nothing when no count of honoured units comes before it', () => {
    const { n } = readResolved(
      [
        '志愿服务交流活动举行',
        '6月5日，全国志愿服务交流活动举行。其中，西湖区北山街道青枫社区作为浙江省受邀代表，参加交流。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });

  const subject = (headline: string) =>
    readResolved(
      [
        headline,
        '这些天,杭州市上城区望江街道始版桥社区4号地块正在进行桩基施工。作为浙江省首批24个未来社区试点之一,始版桥社区将打造国际化样板区。',
      ].join('\n'),
    );

  it('is the unit a headline opens with as its subject, one of a programme’s pilots', () => {
    const { n, codes } = subject('始版桥社区全面进入建设阶段');
    expect(n.records.map((r) => r.regionText)).toEqual(['杭州市上城区望江街道始版桥社区']);
    expect(codes).toEqual(['330102']);
  });

  it('names nothing when the headline opens with a scope or a count, not a name (control)', () => {
    expect(subject('全市社区全面进入建设阶段').n.records).toEqual([]);
    expect(subject('两个社区全面进入建设阶段').n.records).toEqual([]);
    // two units as the headline's subject: no one unit's feature
    expect(subject('始版桥社区和瓜山社区全面进入建设阶段').n.records).toEqual([]);
    expect(subject('始版桥社区、瓜山社区全面进入建设阶段').n.records).toEqual([]);
  });
});
