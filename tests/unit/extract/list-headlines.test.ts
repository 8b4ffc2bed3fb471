/**
 * A headline announcing a list ("某省…名单公布") above the item's paragraphs: it names the
 * list, it is no case written up under its place.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a headline announcing a list', () => {
  it('is no case of the list it announces', () => {
    const { n, codes } = readResolved(
      [
        '浙江省第二批历史古镇名单公布',
        '在各地逐级推荐的基础上，经省民政厅等部门评审并向社会公示，确定了第二批历史古镇名单。',
        '各地应加大对历史古镇的宣传和保护力度，共同营造保护地名文化遗产的良好氛围。',
        '古镇名单：',
        '嘉兴市嘉善县西塘镇',
        '湖州市南浔区南浔镇',
      ].join('\n'),
    );
    expect(n.records.every((r) => r.kind !== 'case')).toBe(true);
    expect(codes).toEqual(['330421', '330503']);
  });
});
