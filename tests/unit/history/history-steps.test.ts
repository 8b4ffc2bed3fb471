/**
 * A step of several operations (one click's import of several files) said as one: its
 * notices counted, its records, joins, duties and effects added up, and the confirmation
 * naming the notices; one operation keeps its own words.
 */
import { describe, expect, it } from 'vitest';
import { mergeEffects, summariseStep } from '../../../src/main/app/history/history-steps';
import { consequence } from '../../../src/renderer/src/components/undo-consequence';
import { stepLabel, stepSummary, type OperationSummary } from '../../../src/shared/operations';

const op = (opId: number, kind: string, o: Partial<OperationSummary> = {}): OperationSummary => ({
  opId,
  kind,
  kindLabel: kind === 'import' ? '导入' : '合并',
  summary: kind === 'import' ? `导入《第${opId}批》` : '导入时自动合并',
  at: `2026-12-06T10:00:0${opId}Z`,
  actor: kind === 'import' ? 'import' : 'auto',
  actorLabel: kind === 'import' ? '导入' : '自动',
  noticeId: opId,
  records: 3,
  tables: kind === 'import' ? ['notices'] : ['records'],
  undone: false,
  discarded: false,
  ...o,
});

describe('a step of several operations', () => {
  it('is said by its notices, its records added up; a merge at import goes with them', () => {
    const parts = [op(4, 'import'), op(3, 'merge', { records: 2 }), op(2, 'import', { joined: 5 })];
    const step = summariseStep(parts, 4);
    expect(step).toMatchObject({
      opId: 4,
      summary: '导入 2 份通知',
      records: 6,
      joined: 5,
      notices: 2,
      noticeId: null,
      at: '2026-12-06T10:00:04Z',
      tables: ['notices', 'records'],
    });
    expect(step.parts!.map((p) => p.opId)).toEqual([2, 3, 4]);
    expect(stepLabel('撤销', step)).toBe('撤销：导入 2 份通知（6 条记录，关联已有 5 条）');
    expect(consequence({ op: step, label: '', confirm: true }, '撤销')).toBe(
      '这 2 份通知和它们带来的 6 条记录将从台账中移除，它们给已有记录添加的来源和状态变化一并撤回，关联的 5 条已有记录本身保留（之后仍可重做）。',
    );
  });

  it('one operation is its own words; one import with its merges keeps its title', () => {
    expect(stepSummary([op(2, 'import')])).toBe('导入《第2批》');
    expect(stepSummary([op(2, 'import'), op(3, 'merge')])).toBe(
      '导入《第2批》（连同 1 项随之进行的操作）',
    );
    // a single import's confirmation is the one it always was
    expect(consequence({ op: op(2, 'import'), label: '', confirm: true }, '撤销')).toBe(
      '这份通知和它带来的 3 条记录将从台账中移除（之后仍可重做）。',
    );
  });

  it('adds up the effects per status and per field, most first', () => {
    const e = mergeEffects([
      {
        statuses: [{ status: '已验收', records: 2 }],
        fields: [{ field: 'year', records: 1 }],
        duties: [{ status: 'done', duties: 4 }],
        dutiesMoved: 1,
      },
      {
        statuses: [
          { status: '已撤销', records: 1 },
          { status: '已验收', records: 3 },
        ],
        fields: [],
        duties: [{ status: 'done', duties: 2 }],
        dutiesMoved: 0,
      },
    ]);
    expect(e).toEqual({
      statuses: [
        { status: '已验收', records: 5 },
        { status: '已撤销', records: 1 },
      ],
      fields: [{ field: 'year', records: 1 }],
      duties: [{ status: 'done', duties: 6 }],
      dutiesMoved: 1,
    });
    expect(mergeEffects([])).toBeUndefined();
  });
});
