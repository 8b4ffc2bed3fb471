/**
 * The order and the words of a field's 来历 (field-trail.ts), on made-up history: a source
 * older than a change tells where the replaced value came from; a source the same operation
 * changed is told once; undone changes stay listed but do not hide the source; a duty's
 * status change is not the record's.
 */
import { describe, expect, it } from 'vitest';
import { fieldTrail } from '../../../src/renderer/src/features/records/field-trail';
import type { FieldSource, HistoryEntry } from '../../../src/shared/domain';

const entry = (over: Partial<HistoryEntry> & { opId: number }): HistoryEntry => ({
  kind: 'import',
  kindLabel: '导入',
  summary: '',
  sentence: '',
  at: '2026-12-01T00:00:00Z',
  actor: 'import',
  actorLabel: '导入',
  noticeId: null,
  noticeTitle: null,
  undone: false,
  table: 'records',
  field: null,
  before: null,
  after: null,
  ...over,
});

const source = (over: Partial<FieldSource>): FieldSource => ({
  field: 'title',
  mentionId: 7,
  noticeId: 1,
  noticeTitle: '确认通知',
  docNo: null,
  seq: 3,
  opId: 1,
  opKind: 'import',
  opLabel: '导入',
  actorLabel: '导入',
  at: '2026-12-01T00:00:00Z',
  ...over,
});

const mention = {
  mentionId: 7,
  noticeId: 1,
  noticeTitle: '确认通知',
  file: 'a.txt',
  docNo: null,
  seq: 3,
  start: 0,
  end: 4,
  before: '',
  text: '某区——主题',
  after: '',
  addedByHand: false,
  splitBlocker: null,
};

describe('a field’s 来历', () => {
  it('a later notice replaced the value: the change on top, where the first value came from below', () => {
    const steps = fieldTrail('title', { sources: [source({})], mentions: [mention] }, [
      entry({
        opId: 5,
        noticeId: 2,
        noticeTitle: '通报',
        field: 'title',
        before: '旧主题',
        after: '新主题',
      }),
      entry({ opId: 1, noticeId: 1, noticeTitle: '确认通知' }),
    ]);
    expect(steps.map((s) => s.what)).toEqual(['由「旧主题」改为「新主题」', '最初从通知读出']);
    expect(steps[1]!.notice).toEqual({ id: 1, title: '确认通知', seq: 3 });
    expect(steps[1]!.sentence?.text).toBe('某区——主题');
  });

  it('an edit that is also the source is told once; an undone edit stays, struck, with the source under it', () => {
    const edit = entry({
      opId: 6,
      kind: 'edit',
      kindLabel: '修改',
      actor: 'user',
      actorLabel: '手工',
      field: 'title',
      before: '甲',
      after: '乙',
    });
    const once = fieldTrail(
      'title',
      { sources: [source({ opId: 6, mentionId: null, opKind: 'edit' })], mentions: [] },
      [edit],
    );
    expect(once.map((s) => s.who)).toEqual(['手工修改']);
    const undone = fieldTrail('title', { sources: [source({})], mentions: [mention] }, [
      { ...edit, undone: true },
    ]);
    expect(undone.map((s) => [s.what, s.undone])).toEqual([
      ['由「甲」改为「乙」', true],
      ['从通知中读出', false],
    ]);
  });

  it('control: a duty’s status change is not the record’s status', () => {
    const steps = fieldTrail('status', { sources: [], mentions: [] }, [
      entry({ opId: 4, table: 'milestones', field: 'status', before: 'pending', after: 'done' }),
    ]);
    expect(steps).toEqual([]);
  });
});
