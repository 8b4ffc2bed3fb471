/**
 * An import that merges some of its items at once (a clear duplicate of an earlier record,
 * or of another item of the same notice) says how many: the preview's 新建 N counts every
 * item, and without the count the ledger would silently hold fewer rows than promised.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import type { MethodOutput } from '../../src/shared/contract';
import { tempLedger } from '../support/temp-ledger';

const NOTICE = [
  '关于确认第三批省级社区治理创新实验区的通知',
  '各市民政局：',
  '经评审，确认以下单位为第三批省级社区治理创新实验区：',
  '1.石家庄市长安区——构建“红色物业”联动机制',
  '2.保定市竞秀区——推行小区议事会制度',
  '3.唐山市路北区——打造老旧小区协商平台',
  '4.石家庄市长安区——构建“红色物业”联动机制',
  '河北省民政厅',
  '2022年6月30日',
].join('\n');

describe('automatic merges at import', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('are counted in the preview and in the result, matching the rows the ledger gets', async () => {
    const t = await tempLedger();
    cleanup = t.cleanup;
    const ctx: ApiContext = { ledger: t.ledger, door: 'cli' };
    const file = { name: '实验区.txt', dataBase64: Buffer.from(NOTICE).toString('base64') };
    const preview = await dispatch('import/files', { files: [file], dryRun: true }, ctx);
    if (!preview.ok) throw new Error(preview.error.message);
    const said = (preview.value as MethodOutput<'import/files'>).files[0]!.changes!;
    expect(said.created).toHaveLength(4);
    expect(said.autoMerged).toBe(1);

    const done = await dispatch('import/files', { files: [file] }, ctx);
    if (!done.ok) throw new Error(done.error.message);
    expect((done.value as MethodOutput<'import/files'>).files[0]!.changes!.autoMerged).toBe(1);
    const rows = t.ledger.db.prepare('SELECT count(*) AS n FROM records WHERE merged_into IS NULL');
    expect((rows.get() as { n: number }).n).toBe(said.created.length - said.autoMerged);
  });

  it('never merge two items of the notice that differ in title: one district may hold several', async () => {
    const t = await tempLedger();
    cleanup = t.cleanup;
    const ctx: ApiContext = { ledger: t.ledger, door: 'cli' };
    const districts = ['长安区', '桥西区', '新华区', '裕华区'];
    const items = Array.from(
      { length: 16 },
      (_, i) => `${i + 1}.石家庄市${districts[i % 4]}——社区协商议事第${i + 1}项`,
    );
    const text = [
      '关于确认第三批省级社区治理创新实验区的通知',
      '经评审，确认以下单位为第三批省级社区治理创新实验区：',
      ...items,
      '河北省民政厅',
      '2022年6月30日',
    ].join('\n');
    const file = { name: '实验区.txt', dataBase64: Buffer.from(text).toString('base64') };
    const done = await dispatch('import/files', { files: [file] }, ctx);
    if (!done.ok) throw new Error(done.error.message);
    expect((done.value as MethodOutput<'import/files'>).files[0]!.changes!.autoMerged).toBe(0);
    const rows = t.ledger.db.prepare('SELECT count(*) AS n FROM records WHERE merged_into IS NULL');
    expect((rows.get() as { n: number }).n).toBe(16);
  });
});
