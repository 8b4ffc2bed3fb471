/**
 * The confirmation before undoing an import says what leaves the ledger. An import that only
 * added sources to records already there brought no record: "带来的 0 条记录将从台账中移除"
 * told the clerk nothing would change, while its sources and status changes go.
 */
import { describe, expect, it } from 'vitest';
import {
  consequence,
  undoToConsequence,
} from '../../../src/renderer/src/components/undo-consequence';
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

describe('撤销到此: what the undos back to an operation take back', () => {
  const news = {
    ...importStep(0).op,
    opId: 9,
    summary: '导入《某地新闻》',
    joined: 5,
    effects: {
      statuses: [],
      fields: [{ field: 'year', records: 5 }],
      duties: [],
      dutiesMoved: 0,
    },
  };
  const edit = {
    ...importStep(0).op,
    opId: 10,
    kind: 'edit',
    summary: '修改 1 条记录',
    records: 1,
  };

  it('one news import: said as the undo button says it, its effects line included', () => {
    const said = undoToConsequence([news]);
    expect(said).toContain('一并撤回：更新了 5 条记录的年度');
    expect(said).toBe(consequence({ op: news, label: '', confirm: true }, '撤销'));
  });

  it('several: counted, and each that changed records already held named with its effects', () => {
    const said = undoToConsequence([edit, news]);
    expect(said).toContain('将依次撤销最近的 2 项操作');
    expect(said).toContain('「导入《某地新闻》」一并撤回：更新了 5 条记录的年度。');
    // an operation without effects is counted, not named
    expect(said).not.toContain('修改 1 条记录');
  });
});
