/**
 * A quoted project right after the group that runs it, honoured with a contest's prize named
 * in full before it ("…“…项目”荣获2021年某省…大赛决赛金奖"), and a group named after its
 * county's short name (潜江社工协会 for 潜江市) opening the clause.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a project honoured with a named contest prize', () => {
  it('reads the project when the prize names its contest first', () => {
    const { n, codes } = readResolved(
      '本报讯 9月20日，全省社会工作服务项目评选结果揭晓。' +
        '仙桃市社工协会“银龄互助小屋项目”荣获2021年湖北省社会工作服务项目大赛决赛金奖。\n',
    );
    expect(n.records.map((r) => r.title)).toEqual(['银龄互助小屋项目']);
    expect(codes).toEqual(['429004']);
  });

  it("reads a group's county from its short name at the clause's start", () => {
    const { n, codes } = readResolved(
      '本报讯 9月20日，全省社会工作服务项目评选结果揭晓。' +
        '潜江社工协会“银龄互助小屋项目”荣获金奖。\n',
    );
    expect(n.records.map((r) => r.title)).toEqual(['银龄互助小屋项目']);
    expect(codes).toEqual(['429005']);
  });
});
