/**
 * The foot's 撤销 button at 1280 px read "撤销：导入 5 …（76 条记录，关联已有 2 条）": the count
 * of created and joined records took the room of what was imported. It is said shorter.
 */
import { describe, expect, it } from 'vitest';
import { buttonLabel, stepLabel, stepSummary } from '../../../src/shared/operations';

describe('undo button label: a count of created and joined records in short words', () => {
  it('an import of five notices that joined two records reads whole', () => {
    const label = stepLabel('撤销', {
      summary: stepSummary([
        { kind: 'import', summary: '导入《甲》' },
        { kind: 'import', summary: '导入《乙》' },
        { kind: 'import', summary: '导入《丙》' },
        { kind: 'import', summary: '导入《丁》' },
        { kind: 'import', summary: '导入《戊》' },
      ]),
      records: 76,
      joined: 2,
    });
    expect(label).toBe('撤销：导入 5 份通知（76 条记录，关联已有 2 条）');
    expect(buttonLabel(label)).toBe('撤销：导入 5 份通知（76 条，关联 2 条）');
  });

  it('a long title still gives way first, the short count kept', () => {
    expect(
      buttonLabel(
        '撤销：导入《关于确认第五批省级社区治理创新实验区的通知》（31 条记录，关联已有 9 条）',
      ),
    ).toBe('撤销：导入《关于确认第五…（31 条，关联 9 条）');
  });

  it('a label that fits, and a count of joined records only, are left as they are', () => {
    expect(buttonLabel('撤销：导入《甲》（3 条记录，关联已有 2 条）')).toBe(
      '撤销：导入《甲》（3 条记录，关联已有 2 条）',
    );
    expect(
      buttonLabel('撤销：导入《关于确认第五批省级社区治理创新实验区的通知》（关联已有 9 条记录）'),
    ).toBe('撤销：导入《关于确认第五批…（关联已有 9 条记录）');
  });
});
