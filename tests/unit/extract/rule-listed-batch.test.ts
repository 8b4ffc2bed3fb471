/**
 * A rule stated without a batch (实验周期为三年；请于…前报送中期评估报告) belongs to the batch the
 * notice lists, when it lists one; a rule naming its batch keeps it; a notice listing several
 * batches leaves its unnamed rules programme-wide and says so; "请各实验区" names no programme.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { rulesInListedBatch } from '../../../src/main/core/import/extract/rule-batch';
import type { ExtractedRecord } from '../../../src/main/core/import/extract/types';
import { txtDoc } from './helpers';

const regions = gazetteerRegionLookup();
const rulesOf = (lines: string[]) =>
  extractNotice(txtDoc(lines.join('\n')), { fileName: 't', regions }).rules;

const HEAD = ['甘肃省民政厅关于确认邻里互助创新实验区的通知', '各市（州）民政局：'];
const SIGN = ['甘肃省民政厅', '2023年3月1日'];

describe('the batch of a rule the notice states without one', () => {
  it('a cycle and a deadline take the one batch the notice lists', () => {
    const rules = rulesOf([
      ...HEAD,
      '经各地申报、专家评审，现确认以下单位为第三批全省邻里互助创新实验区。实验周期为三年。请各实验区于2024年6月30日前报送中期评估报告。',
      '第三批全省邻里互助创新实验区名单',
      '1.兰州市城关区',
      '2.天水市秦州区',
      '3.酒泉市肃州区',
      ...SIGN,
    ]);
    const cycle = rules.find((r) => r.kind === 'cycle');
    const deadline = rules.find((r) => r.kind === 'deadline');
    expect(cycle?.scope?.batch).toBe('第三批');
    expect(deadline?.scope?.batch).toBe('第三批');
    // 请各实验区 asks a duty of the units: the rule stays the notice's programme.
    expect(deadline?.scope?.programme).toBe(cycle?.scope?.programme);
    expect(deadline?.scope?.named).toBe(false);
  });

  it('a rule naming another batch keeps it', () => {
    const rules = rulesOf([
      ...HEAD,
      '经各地申报、专家评审，现确认以下单位为第三批全省邻里互助创新实验区。实验周期为三年。',
      '第二批实验区应于2024年12月31日前报送终期报告。',
      '第三批全省邻里互助创新实验区名单',
      '1.兰州市城关区',
      '2.天水市秦州区',
      ...SIGN,
    ]);
    expect(rules.find((r) => r.kind === 'cycle')?.scope?.batch).toBe('第三批');
    expect(rules.find((r) => r.kind === 'final_report')?.scope?.batch).toBe('第二批');
  });

  it('a notice listing two batches leaves the rule programme-wide, and says so', () => {
    const rules = rulesOf([
      ...HEAD,
      '经研究，确认以下单位为全省邻里互助创新实验区。实验周期为三年。',
      '一、第一批全省邻里互助创新实验区',
      '1.兰州市城关区',
      '2.天水市秦州区',
      '二、第二批全省邻里互助创新实验区',
      '1.酒泉市肃州区',
      '2.张掖市甘州区',
      ...SIGN,
    ]);
    const cycle = rules.find((r) => r.kind === 'cycle');
    expect(cycle?.scope?.batch).toBeNull();
    expect(String(cycle?.params.note)).toMatch(/第一批、第二批/);
  });

  it('a rule of no programme takes the programme and batch its list holds', () => {
    const rec = (regionText: string): ExtractedRecord => ({
      kind: 'zone',
      seq: null,
      regionText,
      title: '',
      programme: '全国邻里互助创新实验区',
      year: 2023,
      batch: '第三批',
      span: { start: 0, end: 1 },
    });
    const [rule] = rulesInListedBatch(
      [
        {
          kind: 'objection_window',
          text: '公示期为5个工作日。',
          span: { start: 0, end: 9 },
          params: {},
          scope: { programme: null, batch: null, named: false },
        },
      ],
      [rec('兰州市城关区'), rec('天水市秦州区')],
    );
    expect(rule?.scope).toEqual({
      programme: '全国邻里互助创新实验区',
      batch: '第三批',
      named: false,
    });
  });
});
