/**
 * A notice with no title in the notices list: its first line comes with it (to name it by),
 * a title typed for it is one notice edit, and 撤销 takes it back to untitled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

const TEXT = `
　大悟县全面推进基层政务公开标准化规范化工作方案
为进一步总结推广各地基层治理实践创新经验做法，现将有关事项通知如下。
`;

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeAll(async () => {
  api = await apiLedger();
  await api.importFile('004.txt', TEXT);
});
afterAll(() => api.cleanup());

describe('an untitled notice in the list', () => {
  it('comes with its first line while untitled, and is titled and untitled again by edit and undo', async () => {
    const [n] = await api.call('notices/overview', {});
    // whatever the importer read as its title, the list is tested on a notice without one
    if (n!.title !== null) await api.call('notices/update', { id: n!.id, title: null });
    const untitled = (await api.call('notices/overview', {}))[0]!;
    expect(untitled.title).toBeNull();
    expect(untitled.firstLine).toBe('大悟县全面推进基层政务公开标准化规范化工作方案');

    const r = await api.call('notices/update', { id: n!.id, title: '大悟县基层政务公开工作方案' });
    expect(r.opId).not.toBeNull();
    const titled = (await api.call('notices/overview', {}))[0]!;
    expect(titled.title).toBe('大悟县基层政务公开工作方案');
    expect(titled.firstLine).toBeNull(); // a titled notice is named by its title

    await api.call('history/undo', { opId: r.opId! });
    const back = (await api.call('notices/overview', {}))[0]!;
    expect(back.title).toBeNull();
    expect(back.firstLine).toBe('大悟县全面推进基层政务公开标准化规范化工作方案');
  });

  it('a title typed for it is logged by that title, not the file name', async () => {
    const [n] = await api.call('notices/overview', {});
    if (n!.title !== null) await api.call('notices/update', { id: n!.id, title: null });
    const r = await api.call('notices/update', { id: n!.id, title: '大悟县基层政务公开工作方案' });
    const [op] = await api.call('history/list', { limit: 1 });
    expect(op!.opId).toBe(r.opId);
    // "修改通知《004.txt》" told the clerk neither what was done nor to which notice
    expect(op!.summary).toBe('填写通知标题《大悟县基层政务公开工作方案》');
    // a titled notice's edit names it by the title it had
    const again = await api.call('notices/update', { id: n!.id, title: '大悟县政务公开工作方案' });
    const [edit] = await api.call('history/list', { limit: 1 });
    expect(edit!.opId).toBe(again.opId);
    expect(edit!.summary).toBe('修改通知《大悟县基层政务公开工作方案》');
  });
});
