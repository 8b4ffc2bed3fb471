/**
 * A 公示 window is a date the notice states, no duty: it is read as an objection window (shown
 * for information), never as a deadline staff owe; a real 报送 deadline beside it stays one.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't' });
const kinds = (text: string) =>
  extract(text)
    .rules.map((r) => r.kind)
    .sort();

const WINDOW = [
  '某省民政厅关于2024年度省级社区治理和服务创新实验区拟确认名单的公示',
  '经专家评审，拟确认以下单位为省级社区治理和服务创新实验区，现予以公示。',
  '公示时间：2024年5月6日至5月12日。公示期间，如有异议，请以书面形式向省民政厅反映。',
  '1.甲市乙区',
  '某省民政厅',
  '2024年5月5日',
];
const DUTY = '各实验区须于2024年12月31日前报送实验工作终期报告。';

describe('a 公示 window and a real deadline', () => {
  it('a 公示 alone states its window, no duty', () => {
    const rules = extract(WINDOW.join('\n')).rules;
    expect(rules.map((r) => r.kind)).toEqual(['objection_window']);
    expect(rules[0]!.params).toMatchObject({ from: '2024-05-06', to: '2024-05-12' });
  });

  it('a notice with a 报送 deadline keeps it as the duty', () => {
    const text = [
      '关于某实验区终期评估工作的通知',
      '各市民政局：',
      DUTY,
      '某省民政厅',
      '2024年3月1日',
    ].join('\n');
    expect(kinds(text)).toContain('final_report');
    expect(kinds(text)).not.toContain('objection_window');
  });

  it('both in one notice: the window stays a window, the report a duty', () => {
    const text = [...WINDOW.slice(0, 4), DUTY, ...WINDOW.slice(4)].join('\n');
    const rules = extract(text).rules;
    expect(rules.filter((r) => r.kind === 'objection_window')).toHaveLength(1);
    expect(rules.find((r) => r.kind === 'final_report')?.params).toEqual({ date: '2024-12-31' });
  });
});
