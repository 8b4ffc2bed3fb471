/**
 * Units leaving their programme ("…依各省科技厅申请退出国家农业科技园区序列", "由于A、B、C因
 * 行政区划调整，不再作为国家可持续发展实验区") are no longer its units: 已撤销 on each, an event
 * on the record (a year's report telling it stays the report). 退出 of anything else (退出机制)
 * and a unit renamed by the same division change state none. A title a re-review no longer renews
 * ("…不再重新确认为国家卫生乡镇") leaves the places the same way; the same words as a rule for
 * whoever fails, or a title kept (重新确认…为), state none.
 */
import { describe, expect, it } from 'vitest';
import { leavesProgramme, outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { readResolved } from './helpers';

const REPORT = '2014年度国家可持续发展实验区工作报告';
const LEFT =
  '1986年以来，全国共创建国家级实验区160个，由于天津市大港区、广东省顺德市容桂镇、' +
  '重庆市万州区因行政区划调整，不再作为国家可持续发展实验区，因此目前实际数量为157个。';

describe('units leaving a programme', () => {
  it('reads leaving the programme’s ranks as a revocation', () => {
    expect(outcomeIn('园区依各省科技厅申请退出国家农业科技园区序列')).toEqual({ status: '已撤销' });
    expect(leavesProgramme('因行政区划调整，不再作为国家可持续发展实验区，因此…')).toBe(true);
  });

  it('reads none from 退出 in another sense or a unit renamed', () => {
    expect(outcomeIn('建立动态管理和退出机制')).toBeNull();
    expect(outcomeIn('逐步退出历史舞台')).toBeNull();
    expect(leavesProgramme('因行政区划调整，更名为滨海新区，继续开展实验')).toBe(false);
    expect(leavesProgramme('积极探索，实验区建设成效明显，不再赘述')).toBe(false);
  });

  it('reads a graduation as the pass, and leaving as a rule or a plan as nothing', () => {
    const graduated = '通过验收，命名为全国社区治理和服务创新示范区，不再保留实验区称号';
    expect(outcomeIn(graduated)?.status).toBe('已验收');
    expect(outcomeIn('验收合格，被命名为示范区，不再作为实验区')?.status).toBe('已验收');
    expect(outcomeIn('实行动态管理，对评估不合格的，退出示范区行列')).toBeNull();
    expect(outcomeIn('考核不合格的，不再列为试点')).toBeNull();
    expect(outcomeIn('拟于年底前退出国家农业科技园区序列')).toBeNull();
    const rule = '要建立退出机制，对考核不合格的园区，退出国家农业科技园区序列';
    expect(outcomeIn(rule)).toBeNull();
    expect(leavesProgramme('拟退出国家农业科技园区序列，现予公示')).toBe(false);
  });

  it('reads none for a unit the division change renames and keeps in the programme', () => {
    const renamed =
      '由于湖北省襄樊市因行政区划调整更名为襄阳市，不再作为襄樊市实验区统计，而以襄阳市继续开展实验。';
    const { n } = readResolved([REPORT, renamed].join('\n'));
    expect(n.records.some((r) => r.outcome)).toBe(false);
    const parks = '北京市昌平园区、上海市浦东园区拟退出国家农业科技园区序列，现予公示。';
    expect(readResolved(['关于国家农业科技园区的公示', parks].join('\n')).n.records).toEqual([]);
  });

  it('gives each unit of the sentence the revocation, the report keeping its role', () => {
    const { n, codes } = readResolved([REPORT, LEFT].join('\n'));
    expect(codes).toEqual(['120109', '440606', '500101']);
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已撤销', '已撤销', '已撤销']);
    expect(n.metadata.role).toBe('progress_report');
  });

  it('reads the ground after the last unit’s name that runs on past its place', () => {
    const zone = LEFT.replace('重庆市万州区因', '重庆市万州区龙宝移民开发区因');
    const { n } = readResolved([REPORT, zone].join('\n'));
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已撤销', '已撤销', '已撤销']);
  });

  it('keeps renamed units out: the same sentence without the leaving', () => {
    const renamed = LEFT.replace('不再作为国家可持续发展实验区', '名称随之调整');
    const { n } = readResolved([REPORT, renamed].join('\n'));
    expect(n.records.some((r) => r.outcome)).toBe(false);
  });
});

describe('titles a re-review no longer renews', () => {
  const HEAD = ['全爱卫发〔2013〕1号', '各省、自治区、直辖市爱卫会：'];
  const LAPSED =
    '三、因行政区划调整，江苏省常州市湖塘镇、浙江省杭州市瓜沥镇、山东省青岛市黄岛区，' +
    '不再重新确认为国家卫生城市（区）、国家卫生乡镇。';

  it('reads a title no longer renewed as the places leaving it', () => {
    expect(leavesProgramme('，不再重新确认为国家卫生县城（乡镇）。')).toBe(true);
    expect(outcomeIn('不再确认为国家卫生城市')).toEqual({ status: '已撤销' });
    const { n, codes } = readResolved([...HEAD, LAPSED].join('\n'));
    expect(codes).toEqual(['320412', '330109', '370211']);
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已撤销', '已撤销', '已撤销']);
  });

  it('reads none from the rule for failing places or from a title kept', () => {
    expect(outcomeIn('对复审不合格的，不再重新确认为国家卫生城市')).toBeNull();
    expect(outcomeIn('复审不达标的城市，将不再确认为国家卫生城市')).toBeNull();
    expect(outcomeIn('不再重新确认，予以通报批评')).toBeNull();
    const renamed = '三、因行政区划调整，江苏省常州市湖塘镇、浙江省杭州市瓜沥镇，名称随之调整。';
    const r = readResolved([...HEAD, renamed].join('\n')).n;
    expect(r.records.some((x) => x.outcome)).toBe(false);
    const kept = '一、重新确认江苏省常州市、浙江省湖州市为国家卫生城市。';
    const { n } = readResolved([...HEAD, kept].join('\n'));
    expect(n.records.length).toBe(2);
    expect(n.records.some((r) => r.outcome)).toBe(false);
  });

  it('reads none from a later clause with a subject of its own, a policy or a story', () => {
    const ofOthers = [
      '一、江苏省常州市、浙江省湖州市、山东省潍坊市等城市通过复审，未达标城市不再确认为国家卫生城市。',
      '一、江苏省常州市、浙江省湖州市，重新确认为国家卫生城市，山东省青岛市黄岛区不再确认为国家卫生区。',
    ];
    for (const line of ofOthers) {
      const { n, codes } = readResolved([...HEAD, line].join('\n'));
      const lapsed = n.records.filter((r) => r.outcome?.status === '已撤销');
      expect(lapsed.map((r) => codes[n.records.indexOf(r)])).toEqual(
        line.includes('黄岛区') ? ['370211'] : [],
      );
    }
    const policy =
      '江苏省、浙江省、山东省各县级市，今后不再命名为国家卫生县城，统一纳入国家卫生城市评审。';
    expect(readResolved(['关于调整评审的通知', policy].join('\n')).n.records).toEqual([]);
    const stories = [
      '2015年，因行政区划调整，江苏省常州市湖塘镇、浙江省杭州市瓜沥镇，不再重新确认为国家卫生乡镇，今年两镇再次获得命名。',
      '记者了解到，江苏省常州市湖塘镇、浙江省杭州市瓜沥镇去年虽不再确认为国家卫生乡镇，但今年重新申报。',
    ];
    for (const story of stories) {
      const { n } = readResolved(['常州日报', story].join('\n'));
      expect(n.records.some((r) => r.outcome)).toBe(false);
    }
  });
});
