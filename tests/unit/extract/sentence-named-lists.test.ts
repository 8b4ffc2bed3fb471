/**
 * Lists named in one sentence by their first units, a company's branch placed at the city in
 * its name, units in brackets after their count, and a programme after 获评 / 喜获.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('one sentence naming several lists by their first units', () => {
  const text =
    '某省教育厅关于公布省级学习型社区名单的通知\n' +
    '经专家评审，确定芜湖市镜湖区等3个区（县）为省级学习型社区实验区，合肥市包河区望湖街道等20个' +
    '街道为省级学习型社区示范街道，宣城市泾县琴溪镇成人文化技术学校等15所学校为省级示范乡镇' +
    '成人学校。现将名单予以公布。';

  it('gives each group its own programme and kind', () => {
    const { n, codes } = readResolved(text);
    expect(codes).toEqual(['340202', '340111', '341823']);
    expect(n.records.map((r) => r.kind)).toEqual(['zone', 'other', 'other']);
    const programmes = n.records.map((r) => r.programme ?? '');
    expect(programmes[0]).toContain('实验区');
    expect(programmes[1]).toContain('示范街道');
    expect(programmes[2]).toContain('成人学校');
  });

  it('counts each group by its own count only', () => {
    const { n } = readResolved(text);
    const totals = n.warnings.filter((w) => w.code === 'count_mismatch' && !('category' in w));
    expect(totals).toEqual([]);
  });

  it("keeps a group's examples when the sentence's other groups are listed in full", () => {
    const { codes } = readResolved(
      '本报讯 记者从省民政厅获悉，我省共有20个城市、城区和街道入选。据了解，杭州市被评为全国' +
        '邻里和睦示范城市，杭州市上城区、拱墅区2个城区为全国邻里和睦示范城区，宁波市海曙区鼓楼' +
        '街道等8个街道为全国邻里和睦示范街道。',
    );
    expect(codes).toEqual(['330100', '330102', '330105', '330203']);
  });

  it('keeps one list when every group names the same programme', () => {
    const { n } = readResolved(
      '经评审，确定芜湖市镜湖区等3个区为省级学习型社区实验区，合肥市包河区等2个区为省级学习型' +
        '社区实验区。',
    );
    expect(new Set(n.records.map((r) => r.programme)).size).toBe(1);
  });

  it('keeps a place each group names under its own programme', () => {
    const { n, codes } = readResolved(
      '江宁区获评首批示范地区\n近日，江宁区入选首批全国邻里互助服务示范地区，南京市江宁区' +
        '青禾邻里互助服务中心入选首批全国邻里互助服务示范单位。',
    );
    expect(codes).toEqual(['320115', '320115']);
    expect(n.records.map((r) => r.programme ?? '')).toEqual([
      expect.stringContaining('示范地区'),
      expect.stringContaining('示范单位'),
    ]);
  });
});

describe("a company's branch or an association named after the city it serves", () => {
  it('is a winner under its award, placed at that city', () => {
    const { n, codes } = readResolved(
      '活动现场评选出了两个奖项，分别是：爱心企业奖：西湖区北山街道、中国某某银行股份有限公司' +
        '宁波市分行；热心公益奖：余杭区仓前街道、滨江区长河街道。',
    );
    expect(codes).toEqual(['330106', '330200', '330110', '330108']);
    expect(n.records[1]!.unit).toBe('中国某某银行股份有限公司宁波市分行');
  });

  it('stays an entry beside an association of the same city written short', () => {
    const { n, codes } = readResolved(
      '评审结果分别是：爱心企业奖：余杭区仓前街道、中国某某银行股份有限公司温州市分行；' +
        '优秀机构奖：温州公益助学联合会、滨江区长河街道。',
    );
    expect(codes).toEqual(['330110', '330300', '330300', '330108']);
    expect(n.records.map((r) => r.unit ?? null)).toEqual([
      null,
      '中国某某银行股份有限公司温州市分行',
      '温州公益助学联合会',
      null,
    ]);
  });

  it('is an entry of a prose list, after the lead-in words', () => {
    const { n, codes } = readResolved(
      '经研究，确定中国某某通信集团浙江有限公司温州市分公司等2家单位为市级文明单位。',
    );
    expect(codes).toEqual(['330300']);
    expect(n.records[0]!.unit).toBe('中国某某通信集团浙江有限公司温州市分公司');
  });
});

describe('units in brackets after their count', () => {
  it('are entries when the count is the names in the bracket', () => {
    const { n, codes } = readResolved(
      '杭州市民政局\n昨天，现场签约了三家养老驿站（余杭区仓前养老驿站、拱墅区米市巷养老驿站、' +
        '上城区清波养老驿站）运营方代表。',
    );
    expect(codes).toEqual(['330110', '330105', '330102']);
    expect(n.records[0]!.regionText).toBe('余杭区仓前养老驿站');
  });

  it('are no entries when the count differs or they are a visit’s stops', () => {
    for (const text of [
      '杭州市民政局\n昨天，现场签约了两家养老驿站（西湖区文新养老驿站、拱墅区米市巷养老驿站、' +
        '上城区清波养老驿站）运营方代表。',
      '杭州市民政局\n局领导走访了3个社区（西湖区文新社区、拱墅区米市巷社区、上城区清波社区）。',
    ]) {
      expect(readResolved(text).n.records).toEqual([]);
    }
  });
});

describe('a programme named after the verb that confers it', () => {
  it('starts after 获评 or 喜获, not at the place that received it', () => {
    expect(cleanProgramme('青禾县正式获评“国家生态旅游示范区”', null)?.name).toBe(
      '国家生态旅游示范区',
    );
    expect(cleanProgramme('创建单位也喜获“国家生态旅游示范区”', null)?.name).toBe(
      '国家生态旅游示范区',
    );
  });
});
