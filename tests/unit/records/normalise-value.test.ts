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

describe('normaliseValue: a blank 名称／主题', () => {
  it('clears a zone’s, an observation point’s or another list’s, as the importer stores them', () => {
    expect(normaliseValue('title', '', 'zone')).toBeNull();
    expect(normaliseValue('title', '\u3000 ', 'observation')).toBeNull();
    expect(normaliseValue('title', null, 'other')).toBeNull();
  });
  it('refuses to clear a case’s: a case is known by its title', () => {
    expect(() => normaliseValue('title', '', 'case')).toThrow('典型案例的名称／主题不能为空');
    expect(() => normaliseValue('title', '\u3000', 'case')).toThrow('不能为空');
    expect(normaliseValue('title', ' 老旧小区治理 ', 'case')).toBe('老旧小区治理');
  });
});
