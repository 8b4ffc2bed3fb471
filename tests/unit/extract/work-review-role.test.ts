/**
 * An organ's own review of its period's work — its disclosure table classing it 计划总结, or its
 * own section heading 一、上半年工作总结 — reports how its work went, the pilots its counties won
 * among it: a progress report. A story telling of such a summary, or a page that only mentions
 * one, is not.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const BODY =
  '聚焦省市重点,着力推进改革攻坚。苍南县列入慈善信息统计省级试点,瑞安市列入地名管理数字化建设省级试点。\n';
const role = (text: string) => readResolved(text).n.metadata.role;

describe('an organ’s review of its own work', () => {
  it('is a progress report when its disclosure table classes it a summary', () => {
    const text =
      '索引号\t001008003015009/2025-00104\n组配分类\t计划总结\t发布机构\t温州市民政局\n成文日期\t2025-06-21\t公开方式\t主动公开\n' +
      '今年以来,全市民政部门全面深化改革创新,取得新成效。\n' +
      BODY;
    expect(role(text)).toBe('progress_report');
  });

  it('is a progress report under its own heading for the half year', () => {
    expect(role('今年以来,全市民政部门取得新成效。\n一、上半年工作总结\n' + BODY)).toBe(
      'progress_report',
    );
  });

  it('is not forced on a page that only mentions a summary in a sentence', () => {
    const text = '今年以来,全市民政部门认真做好上半年工作总结。\n' + BODY;
    expect(role(text)).not.toBe('progress_report');
  });

  it('is not forced on a paper’s story about the summary', () => {
    const text =
      '温州日报讯(记者 王某)近日,市民政局发布上半年工作总结。\n一、上半年工作总结\n' + BODY;
    expect(role(text)).toBe('news');
  });

  it('is not forced on an acceptance report whose first part tells how the zones worked', () => {
    const text =
      '民政部办公厅关于第一批全国婚俗改革实验区验收情况的通报\n各省、自治区、直辖市民政厅（局）：\n' +
      '一、工作情况\n2022年，各实验区扎实推进改革。\n二、验收结果\n' +
      '经验收，河北省河间市、山西省阳城县、江苏省东台市验收合格。\n民政部办公厅\n2023年3月1日\n';
    expect(role(text)).not.toBe('progress_report');
  });

  it('is not forced on a notice confirming zones filed as a plan', () => {
    const text =
      '民政部关于确认第二批全国婚俗改革实验区的通知\n组配分类：规划计划\n各省、自治区、直辖市民政厅（局）：\n' +
      '经研究，确认河北省河间市、山西省阳城县、江苏省东台市为第二批全国婚俗改革实验区。\n民政部\n2023年3月1日\n';
    expect(role(text)).toBe('confirmation');
  });
});
