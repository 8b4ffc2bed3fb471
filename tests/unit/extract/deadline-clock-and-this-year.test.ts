/**
 * Deadlines written with the time that closes them and in the year the notice is written: the
 * weekday and part of the day between the date and 前 ("于2022年4月13日周三下午17:00前", "于11月
 * 8日中午12点前") leave the day the due date; 今年 before a month is the notice's year, or the
 * year a dateless story last wrote. A grade held N years that must be earned again has that term.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const deadlines = (text: string): unknown[] =>
  readResolved(text)
    .n.rules.filter((r) => r.kind === 'deadline')
    .map((r) => r.params.date);

describe('a deadline with its weekday and hour', () => {
  it('is the day, whatever weekday and hour follow it', () => {
    const text = [
      '关于开展项目末期集中评估工作的通知',
      '各参评项目于2022年4月13日周三下午17:00前发送至邮箱提交项目自评报告。',
    ].join('\n');
    expect(deadlines(text)).toEqual(['2022-04-13']);
  });

  it('takes the signature’s year for a bare month-day closed at noon', () => {
    const text = [
      '关于政府驻地迁移信息核查的通知',
      '请各乡镇认真填写附表,务必于11月8日中午12点前报区社会保障局。',
      '某某区社会保障局',
      '2017年11月6日',
    ].join('\n');
    expect(deadlines(text)).toEqual(['2017-11-08']);
  });

  it('is none where the dated hour is when something happens, with no 前', () => {
    const text = [
      '关于开展项目末期集中评估工作的通知',
      '各参评项目于2022年4月13日周三下午17:00提交材料,现场汇报。',
    ].join('\n');
    expect(deadlines(text)).toEqual([]);
  });
});

describe('a deadline in 今年', () => {
  it('falls in the year a dateless story last wrote, before the month it names', () => {
    const text = [
      '2021年9月1日下午3时,某某区乡镇(街)社工站建设试点推进会在某镇社会工作站举行。',
      '同时,区民政局督促各地在今年10月前完成社工站阵地建设。',
    ].join('\n');
    expect(deadlines(text)).toEqual(['2021-09-30']);
  });

  it('is the end of the month with 底', () => {
    const text = [
      '2021年3月,某某区启动社工站建设工作。',
      '区民政局要求各地在今年10月底前完成社工站阵地建设。',
    ].join('\n');
    expect(deadlines(text)).toEqual(['2021-10-31']);
  });

  it('is none for a figure up to then or a plan for the year', () => {
    const text = [
      '2022年3月10日,记者从市民政局获悉。',
      '截至今年10月底,全市已完成社工站建设22个。',
      '今年全市将新增设立乡镇(街道)社工站22个。',
    ].join('\n');
    expect(deadlines(text)).toEqual([]);
  });

  it('is none for what was already done by then', () => {
    const text = ['2021年11月2日,记者从区民政局获悉。', '各地已于今年10月前完成社工站阵地建设。'];
    expect(deadlines(text.join('\n'))).toEqual([]);
  });

  it('is none when its clause goes on to tell the work done', () => {
    const text = [
      '2021年3月,某某县出台社区治理方案。',
      '今年6月以前,全县已完成全部村级换届工作。',
      '今年10月底前各村均已建成党群服务中心。',
    ].join('\n');
    expect(deadlines(text)).toEqual([]);
  });
});

describe('a grade that must be earned again', () => {
  const cycles = (text: string): unknown[] =>
    readResolved(text)
      .n.rules.filter((r) => r.kind === 'cycle')
      .map((r) => r.params.years);

  it('runs for the years after which it is earned again', () => {
    const text = [
      '关于开展社会组织等级评估工作的通知',
      '获得评估等级满5年的社会组织,如需继续保持或提升评估等级,须重新参加评估。',
    ].join('\n');
    expect(cycles(text)).toEqual([5]);
  });

  it('is none where the years only allow a new application', () => {
    const text = [
      '关于开展社会组织等级评估工作的通知',
      '登记注册满两个年度、无评估等级或获得评估等级满2年的社会组织均可申请参加评估。',
    ].join('\n');
    expect(cycles(text)).toEqual([]);
  });

  it('is none for a certificate held N years (only a grade or a title runs out)', () => {
    const text = [
      '我市社区工作者队伍建设',
      '获得社工证书满3年的社区工作者,须重新参加继续教育培训。',
    ].join('\n');
    expect(cycles(text)).toEqual([]);
  });
});
