import { describe, expect, it } from 'vitest';
import { normaliseValue } from '../../../src/main/core/records/normalise-value';

describe('normaliseValue: numbers as a clerk types them', () => {
  it('reads full-width digits, as a Chinese input method in full-width mode types them', () => {
    expect(normaliseValue('year', '２０１９', 'zone')).toBe(2019);
    expect(normaliseValue('year', '2019年度', 'zone')).toBe(2019);
    expect(normaliseValue('seq', '１５', 'zone')).toBe(15);
    expect(normaliseValue('seq', ' 7 ', 'case')).toBe(7);
  });
  it('refuses words with a message saying what to type, and clears only on empty', () => {
    expect(() => normaliseValue('year', '二〇一九年', 'zone')).toThrow(
      '年度「二〇一九年」不对：应为 1949–2100 之间的年份',
    );
    expect(() => normaliseValue('seq', '第三', 'zone')).toThrow('序号「第三」不对：应为非负整数');
    expect(normaliseValue('seq', '', 'zone')).toBeNull();
  });
});
