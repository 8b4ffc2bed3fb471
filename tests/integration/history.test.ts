/**
 * Undo that says what it does: the next step's label and whether it asks first, the
 * history list (who/when/what) and undoing back to a chosen point, and a record's history
 * as sentences.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { mergeRecords } from '../../src/main/app/dedupe/merge-records';
import { importFiles } from '../../src/main/app/import/import-notices';
import { needsConfirm, stepLabel } from '../../src/shared/operations';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { HEBEI_ZONES } from '../support/sample-notice';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';

let ctx: ApiContext;
let cleanup: () => void;
const call = apiCall(() => ctx);
const state = () => ledgerFingerprint(ctx.ledger.db, { log: false });
const bytes = (s: string) => new Uint8Array(Buffer.from(s));
const approval = () => ({
  name: 'three-year-approval.txt',
  bytes: readFileSync(
    path.join(__dirname, '..', 'fixtures', 'schedule', 'three-year-approval.txt'),
  ),
});

beforeEach(async () => {
  const t = await tempLedger();
  cleanup = t.cleanup;
  ctx = { ledger: t.ledger, door: 'cli' };
});
afterEach(() => cleanup());

describe('undo says what it does', () => {
  it('marking a milestone done, then 撤销: exactly that is undone, the import before it stays', async () => {
    await importFiles(ctx.ledger, [approval()]);
    const records = (await call('records/list', {})).length;
    expect(records).toBeGreaterThan(2);
    const before = state();
    const item = (await call('deadlines/list', { asOf: '2016-06-01' })).find(
      (i) => i.kind === 'annual_plan' && i.storedStatus === 'pending',
    )!;
    await call('milestones/update', { id: item.id, status: 'done' });
    const peek = await call('history/peek', {});
    expect(peek.undo?.label).toMatch(/^撤销：.*2016年度实验计划标为已完成$/);
    expect(peek.undo?.confirm).toBe(false);

    const undone = await call('history/undo', {});
    expect(undone?.kind).toBe('milestone_status');
    expect(state()).toBe(before);
    expect((await call('records/list', {})).length).toBe(records);
    const again = (await call('deadlines/list', { asOf: '2016-06-01' })).find(
      (i) => i.id === item.id,
    );
    expect(again?.storedStatus).toBe('pending');
    expect((await call('history/peek', {})).redo?.label).toMatch(/^重做：/);
  });

  it('labels an import with its record count and asks before undoing it', async () => {
    await importFiles(ctx.ledger, [{ name: 'hebei.txt', bytes: bytes(HEBEI_ZONES) }]);
    const peek = await call('history/peek', {});
    expect(peek.undo?.label).toBe(
      '撤销：导入《关于确认第二批省级社区治理创新实验区的通知》（3 条记录）',
    );
    expect(peek.undo?.confirm).toBe(true);
    expect(peek.redo).toBeNull();
  });

  it('asks first for imports, merges, restores and changes of more than 20 records', () => {
    expect(needsConfirm({ kind: 'import', records: 1 })).toBe(true);
    expect(needsConfirm({ kind: 'merge', records: 2 })).toBe(true);
    expect(needsConfirm({ kind: 'restore', records: 0 })).toBe(true);
    expect(needsConfirm({ kind: 'bulk_edit', records: 21 })).toBe(true);
    expect(needsConfirm({ kind: 'bulk_edit', records: 20 })).toBe(false);
    expect(stepLabel('撤销', { summary: '删除 21 条记录', records: 21 })).toBe(
      '撤销：删除 21 条记录',
    );
  });

  it('lists recent operations with who, when and what, and undoes back to a chosen one', async () => {
    await importFiles(ctx.ledger, [{ name: 'hebei.txt', bytes: bytes(HEBEI_ZONES) }]);
    const afterImport = state();
    const [a, b, c] = (await call('records/list', {})).map((r) => r.id);
    await call('records/edit', {
      edits: [{ id: a!, field: 'status', value: '实验中' }],
      action: 'edit',
    });
    mergeRecords(ctx.ledger, { ids: [b!, c!], actor: 'auto' });
    await call('records/delete', { ids: [a!] });

    const list = await call('history/list', { limit: 10 });
    expect(list.map((o) => o.kindLabel)).toEqual(['删除', '合并', '修改', '导入']);
    expect(list.map((o) => o.actorLabel)).toEqual(['手工', '自动', '手工', '导入']);
    expect(list[1]!.summary).toMatch(/^导入时自动合并/);
    expect(list[3]!.records).toBe(3);
    expect(list.every((o) => /^\d{4}-\d{2}-\d{2}T/.test(o.at))).toBe(true);

    // Back to just after the import: the edit, the merge and the deletion are undone, newest first.
    const out = await call('history/undoTo', { opId: list[2]!.opId });
    expect(out?.steps).toBe(3);
    expect(state()).toBe(afterImport);
    const now = await call('history/list', { limit: 10 });
    expect(now.map((o) => o.undone)).toEqual([true, true, true, false]);
    expect((await call('history/peek', {})).redo?.op.opId).toBe(list[2]!.opId);
  });

  it('tells a record its history in sentences, automatic merges marked 自动', async () => {
    await importFiles(ctx.ledger, [{ name: 'hebei.txt', bytes: bytes(HEBEI_ZONES) }]);
    const [a, b] = (await call('records/list', {})).map((r) => r.id);
    await call('records/edit', {
      edits: [{ id: a!, field: 'title', value: '新的主题' }],
      action: 'edit',
    });
    mergeRecords(ctx.ledger, { ids: [a!, b!], actor: 'auto' });
    const h = await call('records/history', { id: b! });
    const text = JSON.stringify(h);
    expect(text).not.toContain('[object Object]');
    // The record it went into is named as staff know it (place and title), not by its number.
    const survivor = (await call('records/list', {})).find((r) => r.id === a)!;
    expect(h.filter((e) => e.kind === 'merge')).toContainEqual(
      expect.objectContaining({
        actorLabel: '自动',
        sentence: `并入${survivor.regionText}《${survivor.title}》`,
      }),
    );
    expect(h.map((e) => e.sentence).join('\n')).not.toMatch(/记录 ?\d/);
    expect(h.at(-1)).toMatchObject({ kind: 'import', actorLabel: '导入' });
    expect(h.at(-1)!.sentence).toMatch(/^从通知《关于确认第二批.*》导入$/);
    const ha = await call('records/history', { id: a! });
    expect(ha.map((e) => e.sentence)).toContain(
      '名称／主题由「构建“红色物业”联动机制」改为「新的主题」',
    );
    expect(ha.every((e) => typeof e.sentence === 'string' && e.sentence.length > 0)).toBe(true);
  });
});

describe('button labels', () => {
  it('keep the record count visible when the title is long', async () => {
    const { buttonLabel } = await import('../../src/shared/operations');
    expect(
      buttonLabel('撤销：导入《关于确认第五批省级社区治理创新实验区的通知》（3 条记录）'),
    ).toBe('撤销：导入《关于确认第五批省级社…》（3 条记录）');
    expect(buttonLabel('撤销：删除《甲》')).toBe('撤销：删除《甲》');
    expect(buttonLabel('撤销：导入时自动合并记录 78、79、80、81 → 18（5 条记录）')).toBe(
      '撤销：导入时自动合并记录 78、79…（5 条记录）',
    );
  });
});
