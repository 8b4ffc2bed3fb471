/**
 * How a city or a district writes its own units: a reply to one district's bureau whose list
 * starts each unit at its township (the district only in the addressee), and communities named
 * bare beside the count that says how many there are, the district named once before them.
 */
import { describe, expect, it } from 'vitest';
import { codes, readResolved } from './helpers';

describe('a reply addressed to one district, its list written from the township down', () => {
  const reply = [
    '广州市民政局关于同意越秀区北京街道甲秀居委会等2个居委会为示范居委会的批复',
    '越秀区民政局：',
    '你局报来的请示收悉。经研究，同意北京街道甲秀居委会等2个居委会为示范居委会（名单附后）。',
    '示范居委会',
    '1、北京街道甲秀居委会',
    '2、农林街道乙山居委会',
  ];

  it('reads each line as a unit of the addressed district', () => {
    const { n, codes: regionCodes } = readResolved(reply.join('\n\n'));
    expect(n.records.map((r) => r.regionText)).toEqual([
      '北京街道甲秀居委会',
      '农林街道乙山居委会',
    ]);
    // 北京街道 is a street of the district, not the capital.
    expect(regionCodes).toEqual(['440104', '440104']);
  });

  it('without the addressee, the township-down lines stay unplaced rather than guessed', () => {
    const { codes: regionCodes } = readResolved(
      reply.filter((l) => !l.startsWith('越秀区')).join('\n\n'),
    );
    expect(regionCodes).not.toContain('110000');
  });
});

describe('communities named bare beside their count', () => {
  it('reads names before "N个社区" as communities of the one district named before them', () => {
    const { n, codes: regionCodes } = readResolved(
      [
        '启动创建示范社区',
        '记者从碑林区民政局获悉，该区启动示范社区创建计划，今年确定东关、南苑、西仓3个社区为首批试点单位。',
      ].join('\n\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['东关社区', '南苑社区', '西仓社区']);
    expect(regionCodes).toEqual(['610103', '610103', '610103']);
  });

  it('reads counted groups "…型社区N个：A、B" and keeps a name that already ends in 村', () => {
    const { n, codes: regionCodes } = readResolved(
      [
        '品牌社区调研督办',
        '碑林区品牌社区创建办公室对申报的5个社区进行了调研，初步确定创建平安型社区2个：青石巷、红星路；创建文化型社区3个：梅园、竹林村、柳塘。',
      ].join('\n\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '青石巷社区',
      '红星路社区',
      '梅园社区',
      '竹林村',
      '柳塘社区',
    ]);
    expect(new Set(regionCodes)).toEqual(new Set(['610103']));
  });

  it('reads nothing when the count disagrees or no single district is named', () => {
    const wrongCount = readResolved(
      '记者从碑林区民政局获悉，今年确定东关、南苑、西仓4个社区为首批试点单位。',
    );
    expect(wrongCount.n.records).toEqual([]);
    const twoDistricts = readResolved(
      '碑林区和雁塔区民政局介绍，今年确定东关、南苑、西仓3个社区为首批试点单位。',
    );
    expect(twoDistricts.n.records).toEqual([]);
    const nowhere = readResolved('今年确定东关、南苑、西仓3个社区为首批试点单位。');
    expect(nowhere.n.records).toEqual([]);
    expect(codes(nowhere.n)).toContain('no_records');
  });
});

describe('a time adverb before the membership verb', () => {
  it('reads places joined by 、 and 和 before 先后被确定为 as members', () => {
    const { n, codes: regionCodes } = readResolved(
      [
        '湖北省社区治理工作综述',
        '宜昌市夷陵区、荆门市和襄阳市樊城区先后被确定为全省社区治理创新实验区。',
      ].join('\n\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['宜昌市夷陵区', '荆门市', '襄阳市樊城区']);
    expect(regionCodes).toEqual(['420506', '420800', '420606']);
  });
});
