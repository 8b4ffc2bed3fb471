/**
 * Lists written in prose, read as enumerations: lead-in words, groups closed by a count or
 * a membership verb, one named example of a larger group, places joined by 和 or run
 * together, labels for province / city / county, townships that take the county before,
 * misspelt names kept and flagged — and what is not a list: a place with a count of its
 * units, places that are the subject of an activity, the stops of a visit, a cited title.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't.txt' });
const regions = (text: string) => extract(text).records.map((r) => r.regionText);
const codesOf = (text: string) => [...new Set(extract(text).warnings.map((w) => w.code))];

describe('enumerations in prose', () => {
  it('reads the places after lead-in words and a second clause, status words stay out', () => {
    const n = extract(
      '经研究，同意将河北省石家庄市长安区，山西省太原市小店区、大同市平城区等单位确认为省级社区治理实验区，已通过验收的辽宁省沈阳市和平区等实验区以新的主题继续实验。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '河北省石家庄市长安区',
      '山西省太原市小店区',
      '大同市平城区',
      '辽宁省沈阳市和平区',
    ]);
    expect(n.records[2]?.regionContext).toEqual({ province: '山西省' });
    // "已通过验收的…" describes the past: no outcome of this notice.
    expect(n.records.every((r) => !r.outcome && r.title === '')).toBe(true);
  });

  it('closes groups at a count or a membership verb and checks each count', () => {
    const n = extract(
      '其中，我省长沙市芙蓉区、株洲市天元区2个城区，长沙市岳麓区望月湖街道、株洲市荷塘区月塘街道等8个街道入选全国和谐社区建设示范单位。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '长沙市芙蓉区',
      '株洲市天元区',
      '长沙市岳麓区望月湖街道',
      '株洲市荷塘区月塘街道',
    ]);
    const counts = n.warnings.filter((w) => w.code === 'count_mismatch');
    expect(counts).toHaveLength(1);
    expect(counts[0]).toMatchObject({ stated: 8, found: 2 });
  });

  it('keeps one named example of a larger group and says how many were stated', () => {
    const n = extract(
      '决定命名浙江省杭州市上城区湖滨街道东坡社区等500个社区为2023年全国示范性老年友好型社区。',
    );
    expect(n.records).toHaveLength(1);
    expect(n.records[0]).toMatchObject({ kind: 'other', title: '' });
    expect(n.records[0]?.programme).toContain('示范性老年友好型社区');
    expect(n.warnings.find((w) => w.code === 'count_mismatch')).toMatchObject({ stated: 500 });
  });

  it('reads places joined by 和, separated by spaces, or run together', () => {
    expect(regions('目前全省已有长春市朝阳区、南关区和吉林市船营区3个实验区。')).toEqual([
      '长春市朝阳区',
      '南关区',
      '吉林市船营区',
    ]);
    // Two county-level names run together are two places (the division list knows both).
    const n = extractNotice(txtDoc('山西省：太原市尖草坪区 大同市南郊区 原平市文水县'), {
      fileName: 't.txt',
      regions: gazetteerRegionLookup(),
    });
    expect(n.records.map((r) => r.regionText)).toEqual([
      '太原市尖草坪区',
      '大同市南郊区',
      '原平市',
      '文水县',
    ]);
  });

  it('a province alone before a space labels the places after it', () => {
    const n = extract('北京市 东城区、西城区、朝阳区 天津市 和平区、河西区');
    expect(n.records.map((r) => [r.regionText, r.regionContext?.province])).toEqual([
      ['东城区', '北京市'],
      ['西城区', '北京市'],
      ['朝阳区', '北京市'],
      ['和平区', '天津市'],
      ['河西区', '天津市'],
    ]);
  });

  it('a county label and continuation lines: townships read inside the county', () => {
    const n = extract('象山县：丹东街道丹城社区、东谷社区\n　　西谷社区');
    expect(n.records.map((r) => r.regionText)).toEqual([
      '丹东街道丹城社区',
      '东谷社区',
      '西谷社区',
    ]);
    expect(n.records.every((r) => r.regionContext?.county === '象山县')).toBe(true);
  });

  it('a township after a county keeps that county ("黄岛区A镇X村、B镇Y村")', () => {
    const n = extract('黄岛区泊里镇蟠龙庵村、琅琊镇王家台后村入选全国乡村治理示范村。');
    expect(n.records.map((r) => r.regionText)).toEqual([
      '黄岛区泊里镇蟠龙庵村',
      '琅琊镇王家台后村',
    ]);
    expect(n.records[1]?.regionContext).toMatchObject({ county: '黄岛区' });
  });

  it('a misspelt county stays a record, flagged', () => {
    const n = extract('重庆市：大足县、垫江县、壁山县');
    expect(n.records.map((r) => r.regionText)).toEqual(['大足县', '垫江县', '壁山县']);
  });
});

describe('what is not a list', () => {
  it('a place with a count of its units sums up', () => {
    expect(extract('湖南两个乡镇、十个村入选。').records).toEqual([]);
  });

  it('places that are the subject of an activity, or the stops of a visit', () => {
    expect(extract('北京市朝阳区、海淀区深入探索了社区协商机制。').records).toEqual([]);
    expect(extract('近年来，我省南京、苏州、无锡等地积极探索社区治理新模式。').records).toEqual([]);
    expect(extract('调研组先后到武汉市江汉区、武昌区、汉阳区调研社区服务。').records).toEqual([]);
  });

  it('a cited document’s title', () => {
    expect(
      extract('根据《关于同意将北京市朝阳区等单位确认为实验区的批复》，各实验区有序推进工作。')
        .records,
    ).toEqual([]);
  });

  it('says so when an announced list yields nothing', () => {
    const text = '关于公布示范社区名单的通知\n\n附件：示范社区名单\n\n民政局\n2023年5月1日';
    expect(codesOf(text)).toEqual(expect.arrayContaining(['no_records', 'unread_list']));
  });
});

describe('themes stated per place', () => {
  it('"X的实验主题为“…”" lines are items with their titles', () => {
    const n = extract(
      [
        '其中，嵩县的实验主题为“探索贫困地区农村社区治理路径”；',
        '汝州市的实验主题为“构建党组织领导的农村社区治理机制”。',
      ].join('\n'),
    );
    expect(n.records.map((r) => [r.regionText, r.title])).toEqual([
      ['嵩县', '探索贫困地区农村社区治理路径'],
      ['汝州市', '构建党组织领导的农村社区治理机制'],
    ]);
  });
});

describe('a province that names the list itself', () => {
  it('"某省确定了A等N个区…" is the subject of the verb; the entries start after it', () => {
    const text =
      '江西省第二批试点单位名单公布\n记者从省民政厅获悉，今年，江西省确定了南昌市青山湖区等20个区（市、县）、九江市浔阳区甘棠街道等18个街道作为第二批省级城乡社区治理试点单位，开展为期一年的试点工作。';
    const n = extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() });
    expect(n.records.map((r) => r.regionText)).toEqual(['南昌市青山湖区', '九江市浔阳区甘棠街道']);
  });
});
