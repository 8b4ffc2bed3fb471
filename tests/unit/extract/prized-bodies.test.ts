/**
 * An award's honourees told clause by clause: a body named after its place, right before 获 …
 * 奖, is an entry at that place; money, a contest's grade, an old prize and a placeless company
 * are none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('bodies an award names clause by clause', () => {
  it('reads the placed body of each clause, never the company with no place', () => {
    const { n, codes } = readResolved(
      '我市单位获首届慈善奖\n' +
        '近日，省人民政府决定授予首届慈善奖。其中，紫金矿业集团股份有限公司获爱心捐赠企业(机构)奖，' +
        '龙岩市李新炎慈善基金会获优秀慈善组织奖。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual(['龙岩市李新炎慈善基金会']);
    expect(codes).toEqual(['350800']);
    // The company is no entry, but said: the award names more than the notice yields.
    const unread = n.warnings.filter((w) => w.code === 'unread_list');
    expect(unread.map((w) => w.message)).toEqual([
      expect.stringContaining('紫金矿业集团股份有限公司'),
    ]);
  });

  it('says no company when every clause was read or none was', () => {
    const { n } = readResolved(
      '慈善活动\n近日，紫金矿业集团股份有限公司获爱心捐赠企业奖，公司将继续回馈社会。\n',
    );
    expect(n.warnings.filter((w) => w.message.includes('紫金矿业'))).toEqual([]);
  });

  it('reads a charity federation whose award is quoted', () => {
    const { n, codes } = readResolved(
      '慈善表彰\n日前，浏阳市慈善总会荣获“湖南慈善奖”最具影响力慈善组织奖。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual(['浏阳市慈善总会']);
    expect(codes).toEqual(['430181']);
  });

  it('leaves money, a contest’s grade, an organiser’s prize, an old prize and a clause saying more', () => {
    for (const line of [
      '龙岩市李新炎慈善基金会获奖励资金50万元。',
      '龙岩市李新炎慈善基金会获一等奖。',
      '枝江市民政局荣获优秀组织奖。',
      '龙岩市李新炎慈善基金会曾获优秀慈善组织奖。',
      '龙岩市李新炎慈善基金会的志愿者获优秀志愿者奖。',
      // A contest's grade after its name, or a team's.
      '在全省慈善项目大赛中，龙岩市李新炎慈善基金会获大赛二等奖，上杭县慈善总会获团体三等奖。',
    ]) {
      const { n } = readResolved(`慈善活动\n${line}\n`);
      expect(n.records).toEqual([]);
    }
  });

  it('leaves an award a sentence retells from a past year', () => {
    for (const line of [
      '2015年，龙岩市李新炎慈善基金会获全国慈善奖；2018年，上杭县慈善总会获福建慈善奖。',
      '十年前，龙岩市李新炎慈善基金会获全国慈善奖，此后一直致力于公益事业。',
      '此前，龙岩市李新炎慈善基金会获全国慈善奖。',
    ]) {
      const { n } = readResolved(`回眸\n${line}\n`);
      expect(n.records).toEqual([]);
    }
  });

  it('leaves a clause standing alone on its line: a link, a breadcrumb', () => {
    const { n } = readResolved(
      '我市召开养老服务工作会议\n' +
        '3月5日，市民政局召开全市养老服务工作会议，部署今年重点工作。\n' +
        '相关新闻\n' +
        '龙岩市李新炎慈善基金会获优秀慈善组织奖\n' +
        '首页 > 新闻中心 > 上杭县慈善总会获福建慈善奖\n',
    );
    expect(n.records).toEqual([]);
  });

  it('reads the telling sentence under a headline that repeats it', () => {
    const { n } = readResolved(
      '龙岩市慈善总会获中华慈善奖\n日前，第十二届中华慈善奖揭晓，龙岩市慈善总会获中华慈善奖。\n',
    );
    expect(n.records.map((r) => r.unit)).toEqual(['龙岩市慈善总会']);
  });

  it('reads an award told as news, its date no past year', () => {
    for (const line of [
      '近日，龙岩市李新炎慈善基金会获优秀慈善组织奖。',
      '2023年12月，龙岩市李新炎慈善基金会获优秀慈善组织奖。',
    ]) {
      const { n } = readResolved(`慈善活动\n${line}\n`);
      expect(n.records.map((r) => r.unit)).toEqual(['龙岩市李新炎慈善基金会']);
    }
  });
});
