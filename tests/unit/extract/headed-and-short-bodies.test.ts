/**
 * Organisations and facilities one a line, placed by what heads them or by a short place they
 * open with: a line holding only a province or a city heads the names under it (it is no entry
 * itself); a name opening with a city or county written short ("某某火车站…", "某某土楼…")
 * lies there when the list's other lines are in that province; a list's closing lines sign
 * nothing, nor does a heading naming only their province stand for them; a post's source line
 * may set its name off by a bar or a slash (来源丨…, 来源/…).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a bare province or city line heading organisations', () => {
  it('reads the names under a province line, each at the place it opens with', () => {
    const { n, codes } = readResolved(
      [
        '我省有4家社会组织入选全国先进社会组织。',
        'http://www.example.org/bulletin?id=1',
        '江西省',
        '九江市保险行业协会',
        '江西省医学会',
        '江西财经职业学院',
        '武宁县茶叶产业协会',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.unit)).toEqual([
      '九江市保险行业协会',
      '江西省医学会',
      '江西财经职业学院',
      '武宁县茶叶产业协会',
    ]);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '']);
    expect(codes).toEqual(['360400', '360000', '360000', '360423']);
    expect(n.metadata.issuer).toBeNull();
  });

  it('places a name with no place of its own at the city heading it, until the next heading', () => {
    const { codes } = readResolved(
      [
        '本报讯 以下单位获评示范单位。',
        '赣州市',
        '章贡区老年人服务中心',
        '火车站志愿服务驿站',
        '九江市',
        '濂溪区青年志愿者协会',
        '长江大桥志愿服务驿站',
      ].join('\n'),
    );
    expect(codes).toEqual(['360702', '360700', '360402', '360400']);
  });

  it('leaves a province line with one name under it alone', () => {
    const { n } = readResolved(
      ['江西省', '九江市保险行业协会', '今年的评选工作已经结束。'].join('\n'),
    );
    expect(n.records.map((r) => r.unit)).not.toContain('江西省医学会');
    expect(n.records.some((r) => r.regionText === '江西省' && !r.unit)).toBe(false);
  });
});

describe('a facility named after its city or county written short', () => {
  it('places it in the short place when the list lies in that province', () => {
    const { n, codes } = readResolved(
      [
        '江西省公布首批示范驿站名单',
        '记者从省文明办获悉，首批示范驿站名单日前确定。',
        '具体名单公布如下：',
        '南昌市西湖区朝阳公园志愿服务驿站',
        '南昌市八一广场志愿服务驿站',
        '南昌西站志愿服务驿站',
        '婺源篁岭志愿服务驿站',
        '九江市保险行业协会',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(5);
    expect(codes).toEqual(['360103', '360100', '360100', '361130', '360400']);
  });

  it('never places it in a far province its first characters name', () => {
    const { n, codes, warned } = readResolved(
      [
        '江西省公布首批示范驿站名单',
        '记者从省文明办获悉，首批示范驿站名单日前确定。',
        '具体名单公布如下：',
        '南昌市西湖区朝阳公园志愿服务驿站',
        '长沙路志愿服务驿站',
        '九江市保险行业协会',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(2);
    expect(codes).toEqual(['360103', '360400']);
    expect(warned).toContain('unread_list');
  });
});

describe('who signs a page that closes on a list', () => {
  it('takes no list line for the signature', () => {
    const { n } = readResolved(
      [
        '全省示范驿站名单公布',
        '记者从省文明办获悉，首批示范驿站名单日前公布。',
        '具体名单公布如下：',
        '南昌市西湖区朝阳公园志愿服务驿站',
        '九江市保险行业协会',
        '赣州市章贡区老年人服务中心',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(3);
    expect(n.metadata.issuer).toBeNull();
  });

  it('still takes the organisation signing above the date below a list', () => {
    const { n } = readResolved(
      [
        '关于公布示范社区的通知',
        '名单如下：',
        '南昌市西湖区朝阳洲街道朝阳社区',
        '九江市濂溪区十里街道十里社区',
        '江西省社会组织服务中心',
        '2024年3月1日',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('江西省社会组织服务中心');
  });

  it('reads a source line whose label is set off by a bar', () => {
    const { n } = readResolved(
      [
        '第三批示范单位名单',
        '今日，某部印发决定，命名一批示范单位，我市2个单位获此荣誉。',
        '九江市濂溪区十里街道十里社区',
        '九江市浔阳区白水湖街道白水湖社区',
        '来源丨九江市民宗委',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('九江市民宗委');
  });

  it('reads a source line whose label is set off by a slash', () => {
    const page = (source: string) =>
      [
        '第三批示范单位名单',
        '今日，某部印发决定，命名一批示范单位，我市2个单位获此荣誉。',
        '九江市濂溪区十里街道十里社区',
        '九江市浔阳区白水湖街道白水湖社区',
        source,
      ].join('\n');
    expect(readResolved(page('来源/九江市民宗委')).n.metadata.issuer).toBe('九江市民宗委');
    expect(readResolved(page('来源／九江市民宗委')).n.metadata.issuer).toBe('九江市民宗委');
  });
});

describe('a body named after two places joined by a dash', () => {
  it('is one entry at its first place, and the enumeration reads on past it', () => {
    const { n, codes } = readResolved(
      '本报讯 我省有8个地区和单位被命名为“全国民族团结进步示范区示范单位”，其中九江3处，分别为九江市濂溪区、九江—瑞昌工业园区管理委员会、九江市浔阳区白水湖街道白水湖社区。',
    );
    expect(n.records).toHaveLength(3);
    expect(codes).toEqual(['360402', '360400', '360403']);
  });
});

describe('organisations named again under headings that name their province', () => {
  it('keeps the organisations a heading naming only their province would stand for', () => {
    const { n } = readResolved(
      [
        '江西3家社会组织获评全国先进社会组织',
        '表彰概况',
        '- 在表彰工作会议上，共有200个社会组织获得“全国先进社会组织”称号 [1]',
        '- 江西省共有3家社会组织获得此项荣誉，包括江西省医学会、江西省茶叶流通协会和九江市保险行业协会 [1]',
        '江西省获奖社会组织具体贡献',
        '- 江西省医学会牵头制定多项团体标准，服务会员单位超过300家 [2]',
        '- 江西省茶叶流通协会连续10年编制发布行业发展报告，累计服务茶农茶企超3000家 [2]',
        '- 九江市保险行业协会推动车险综合费用率持续下降 [2]',
        '江西省社会组织发展整体情况',
        '- 省民政厅积极搭建孵化平台，加大培育扶持力度 [3]',
      ].join('\n'),
    );
    const units = n.records.map((r) => r.unit);
    expect(units).toContain('江西省医学会');
    expect(units).toContain('江西省茶叶流通协会');
    expect(units).toContain('九江市保险行业协会');
  });
});
