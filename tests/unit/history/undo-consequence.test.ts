/**
 * The confirmation before undoing an import says what leaves the ledger. An import that only
 * added sources to records already there brought no record: "带来的 0 条记录将从台账中移除"
 * told the clerk nothing would change, while its sources and status changes go.
 */
import { describe, expect, it } from 'vitest';
import { consequence } from '../../../src/renderer/src/components/undo-consequence';
import type { HistoryStep } from '../../../src/shared/operations';

const importStep = (records: number): HistoryStep => ({
  op: {
    opId: 7,
    kind: 'import',
    kindLabel: '导入',
    summary: '导入《某通知》',
    at: '2026-12-03T08:00:00Z',
    actor: 'user',
    actorLabel: '本机用户',
    noticeId: 3,
    records,
    tables: ['notices', 'mentions'],
    undone: false,
    discarded: false,
  },
  label: '撤销：导入《某通知》',
  confirm: true,
});

describe('what undoing an import will do', () => {
  it('counts the records an import brought', () => {
    expect(consequence(importStep(3), '撤销')).toBe(
      '这份通知和它带来的 3 条记录将从台账中移除（之后仍可重做）。',
    );
  });

  it('says the sources go when the import brought no record of its own', () => {
    const said = consequence(importStep(0), '撤销');
    expect(said).not.toContain('0 条');
    expect(said).toContain('已有记录添加的来源');
    expect(consequence(importStep(0), '重做')).toContain('一并恢复');
  });
});
