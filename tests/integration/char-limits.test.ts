/**
 * The doors' validation counts characters, not UTF-16 code units: a text of Extension-B
 * characters within a limit goes through IPC/HTTP validation whole, and one past it is refused
 * with a Chinese message naming the field and the count the clerk sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';
import { HEBEI_ZONES as TEXT } from '../support/sample-notice';

const EXT_B = '𠀀𠀁𠀂𠀃𠀄'; // five characters, ten code units
const file = (added: { title: string; unit?: string }) => ({
  name: 'b.txt',
  dataBase64: Buffer.from(TEXT.replace('2021年6月30日', '2021年7月1日')).toString('base64'),
  added: [{ kind: 'case' as const, ...added }],
});

let api: Awaited<ReturnType<typeof apiLedger>>;
beforeAll(async () => {
  api = await apiLedger();
  await api.importFile('a.txt', TEXT);
});
afterAll(() => api.cleanup());

describe('limits in characters at the doors', () => {
  it('a preview row’s title of 1,500 Extension-B characters is taken whole', async () => {
    const title = EXT_B.repeat(300);
    const o = await api.call('import/files', { files: [file({ title })], dryRun: true });
    expect(o.failures).toEqual([]);
    expect(o.records.map((r) => r.title)).toContain(title);
  });

  it('a preview row’s unit past its limit: refused, field and count named', async () => {
    const r = await api.attempt('import/files', {
      files: [file({ title: '议事会', unit: '社'.repeat(501) })],
      dryRun: true,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('单位有 501 字，超过上限 500 字');
    const within = await api.attempt('import/files', {
      files: [file({ title: '议事会', unit: EXT_B.repeat(100) })],
      dryRun: true,
    });
    expect(within.ok).toBe(true);
  });

  it('a notice’s issuer and a cell’s content within their limits in characters are kept', async () => {
    const [n] = await api.call('notices/overview', {});
    await api.call('notices/update', { id: n!.id, issuer: EXT_B.repeat(40) });
    expect((await api.call('notices/overview', {}))[0]!.issuer).toBe(EXT_B.repeat(40));
    const past = await api.attempt('notices/update', { id: n!.id, issuer: '社'.repeat(201) });
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.error.message).toContain('发文机关有 201 字，超过上限 200 字');

    await api.call('records/create', { kind: 'case', fields: { title: '甲社区议事会' } });
    const [row] = (await api.call('records/page', { limit: 1 })).rows;
    const content = EXT_B.repeat(3000); // 15,000 characters, 30,000 code units
    await api.call('records/edit', { edits: [{ id: row!.id, field: 'content', value: content }] });
    expect((await api.call('records/page', { limit: 1 })).rows[0]!.content).toBe(content);
  });
});
