/**
 * Lists of pilot areas and of facilities as the ministries' lists and the papers retelling
 * them write them: a table whose province column is headed 省（区、市）、兵团 beside a column of
 * 试点地区, names with a censor's mask set apart by spaces (宁夏 *** 自治区…), a facility known
 * by the place that houses it (…街道社会工作站、…社区儿童之家), and the source lines and
 * datelines such pages carry (来 源：, 来源：互联网, 某某网消息：, 来源：新华社).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes, warned } = readResolved(lines.join('\n'));
  return { n, codes, warned, places: n.records.map((r) => r.unit ?? r.regionText) };
}

describe('a table of pilot areas under a 省（区、市）、兵团 column', () => {
  it('reads each area in its province, never the province itself', () => {
    const { codes, places } = read([
      '关于公布第五批某某生活圈试点名单的通知',
      '经专家评审，确定试点地区5个。',
      '第五批某某生活圈试点名单',
      '序号\t省（区、市）、兵团\t试点地区',
      '1\t山东省\t潍坊市',
      '2\t\t临沂市',
      '3\t江苏省\t镇江市',
      '4\t天津市\t红桥区',
      '5\t\t西青区',
    ]);
    expect(places).toEqual(['山东省潍坊市', '临沂市', '江苏省镇江市', '天津市红桥区', '西青区']);
    expect(codes).toEqual(['370700', '371300', '321100', '120106', '120111']);
  });

  it('reads the province header written 省（市、区） the same way', () => {
    const { codes } = read([
      '某某示范城市名单',
      '序号\t省（市、区）\t示范城市\t备注',
      '1\t山东省\t临沂市\t',
      '2\t江苏省\t镇江市\t',
    ]);
    expect(codes).toEqual(['371300', '321100']);
  });
});

describe('a name masked by the site with spaces around the mask', () => {
  it('keeps the name whole and places it by what is left', () => {
    const { codes, places } = read([
      '某某实验区名单公布了吗',
      '山东省临沂市兰山区，宁夏 *** 自治区同心县，新疆 *** 尔自治区克拉玛依市独山子区等3个单位确认为第三批某某实验区。',
    ]);
    expect(places).toHaveLength(3);
    expect(codes).toEqual(['371302', '640324', '650202']);
  });
});

describe('a facility known by the place that houses it', () => {
  it('reads each station or home of an example list in its place', () => {
    const { codes, warned } = read([
      '记者从省民政厅获悉，经评估验收、公示确认等环节，南京市鼓楼区宁海路街道社会工作站、南京市鼓楼区华侨路街道社会工作站等60个乡镇（街道）社会工作站被评为省级示范点。',
    ]);
    expect(codes).toEqual(['320106', '320106']);
    expect(warned).toContain('count_mismatch');
  });

  it('reads a community’s 儿童之家 the same way', () => {
    const { codes } = read([
      '最终，南京市鼓楼区湖南路街道裴家桥社区儿童之家、南京市鼓楼区凤凰街道儿童之家等20个儿童之家入选全市优秀儿童之家。',
    ]);
    expect(codes).toEqual(['320106', '320106']);
  });
});

describe('a municipality’s zone among the pilot areas', () => {
  it('is read as the municipality, in a table under its province cell or written out in prose', () => {
    const table = read([
      '第五批某某生活圈试点名单',
      '序号\t省（区、市）、兵团\t试点地区',
      '1\t山东省\t潍坊市',
      '2\t重庆市\t青岚新区',
    ]);
    expect(table.codes).toEqual(['370700', '500000']);
    const prose = read([
      '某某先行区试点名单公布',
      '这3个试点地区为：',
      '山东省潍坊市、重庆市青岚新区、江苏省镇江市。',
    ]);
    expect(prose.codes).toEqual(['370700', '500000', '321100']);
    expect(prose.warned).not.toContain('region_unresolved');
  });
});

describe('an earlier batch recalled after the list a story gives', () => {
  it('keeps the entries of the batch the story opens on; the recalled ones are retold', () => {
    const { n, codes, warned } = read([
      '全国第三批某某生活圈试点地区名单公布',
      '近日，全国第三批某某生活圈试点地区名单公布，山东省潍坊市、江苏省镇江市等40个地区上榜。',
      '同年5月，天津市红桥区、西青区和山东省临沂市等20个地区成为第二批试点。',
    ]);
    const own = n.records.filter((r) => !r.retold);
    expect(codes.slice(0, own.length)).toEqual(['370700', '321100']);
    // The recalled batch's units are kept as mentions of that batch, never the notice's own.
    const retold = n.records.filter((r) => r.retold);
    expect(retold.map((r) => r.batch)).toEqual(['第二批', '第二批', '第二批']);
    expect(codes.slice(own.length)).toEqual(['120106', '120111', '371300']);
    expect(warned).toContain('count_mismatch');
  });

  it('gives both batches a notice names in order', () => {
    const { n, codes } = read([
      '关于确认某某实验区的通知',
      '经研究，确认山东省潍坊市等2个地区为第一批某某实验区，天津市红桥区等3个地区为第二批某某实验区。',
    ]);
    expect(codes).toEqual(['370700', '120106']);
    expect(n.records.some((r) => r.retold)).toBe(false);
  });
});

describe('the last of units a story names one by one before 等N个', () => {
  it('is an entry after a comma in a story with a source line', () => {
    const { codes } = read([
      '某某实验区名单公布了吗？',
      '来源：某某生活网',
      '山东省临沂市兰山区，天津市红桥区，江苏省镇江市京口区等9个单位确认为第三批某某实验区。',
    ]);
    expect(codes).toEqual(['371302', '120106', '321102']);
  });

  it('is an entry after 、 when the story cites the reply by its title first', () => {
    const { codes } = read([
      '第三批某某实验区确认',
      '某某网消息：近日，《某部关于同意将山东省潍坊市奎文区等单位确认为第三批某某实验区的批复》正式印发，确认山东省潍坊市奎文区、天津市红桥区、江苏省镇江市京口区等9个县（市、区）为第三批某某实验区。',
    ]);
    expect(codes).toEqual(['370705', '120106', '321102']);
  });
});

describe('source lines and datelines of retold lists', () => {
  const body =
    '近日，某部公布第二批某某试点名单，山东省临沂市兰山区、江苏省镇江市等9个县（市、区）为第二批某某实验区。';

  it('reads a source label spaced out to the width of the others', () => {
    const { n } = read(['某某名单公布', body, '来 源：某某广播网', '编 辑：某某']);
    expect(n.metadata.issuer).toBe('某某广播网');
  });

  it('names no outlet for 来源：互联网', () => {
    const { n } = read(['某某名单公布', '来源：互联网 | 0 条评论', body]);
    expect(n.metadata.issuer).toBeNull();
  });

  it('takes the site of a 消息： dateline as the outlet', () => {
    const { n } = read(['某某实验区确认', `某某电视网消息：据某部官网消息，${body}`]);
    expect(n.metadata.issuer).toBe('某某电视网');
  });

  it('takes a national wire named on the source line as the outlet', () => {
    const { n } = read(['某某名单公布', '来源: 新华社  2024-03-05 07:14:22', body]);
    expect(n.metadata.issuer).toBe('新华社');
    expect(n.metadata.issuedOn).toBe('2024-03-05');
  });
});

describe('the programme of a list of 试点地区', () => {
  it('is the 试点 the places are chosen for: 地区 only names them', () => {
    const { n } = read([
      '全国第三批某某生活圈试点地区名单公布',
      '近日，全国第三批某某生活圈试点地区名单公布，山东省潍坊市、江苏省镇江市等40个地区上榜。',
    ]);
    expect(n.metadata.programme).toBe('全国某某生活圈试点');
    expect(n.metadata.batch).toBe('第三批');
  });
});
