/**
 * A region retyped on an extracted row of the import preview is checked with the query the
 * commit resolves it with: the notice's date and province and the place the item inherits
 * from its list (its city's group), so the code the preview shows is the code stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

// Composed: two city groups; 新华区 is a district of both 石家庄 and 沧州.
const NOTICE = `河北省民政厅关于公布第二批城乡社区治理示范社区名单的通知

各市（含定州、辛集市）民政局：
经各地推荐、省厅审核，确定以下社区为第二批城乡社区治理示范社区，现予公布。

石家庄市：长安区建北街道育才社区、桥西区友谊街道维明社区
沧州市：运河区水月寺街道御河社区、新华区建设北街街道华北社区

河北省民政厅
2022年5月10日
`;
const file = { name: '示范社区.txt', dataBase64: Buffer.from(NOTICE).toString('base64') };

describe('a retyped region in the import preview', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it("resolves with the item's own list context, as the commit does", async () => {
    const t = await apiLedger();
    cleanup = t.cleanup;
    const dry = await t.call('import/files', { files: [file], dryRun: true });
    const queries = dry.files[0]!.recordRegions!;
    expect(queries).toHaveLength(4);
    expect(queries[0]).toEqual({ asOf: '2022-05-10', context: '河北省石家庄市' });
    expect(queries[2]).toEqual({ asOf: '2022-05-10', context: '河北省沧州市' });

    const resolve = async (q: { asOf: string | null; context: string | null }) =>
      (
        await t.call('regions/resolve', {
          texts: ['新华区'],
          asOf: q.asOf ?? undefined,
          context: q.context ?? undefined,
        })
      )[0]!.code;
    // The notice's province alone cannot tell the two 新华区 apart; the row's city can.
    expect(await resolve(dry.files[0]!.addedRowRegion!)).toBeNull();
    const shown = await resolve(queries[0]!);
    expect(shown).toBe('130105');

    await t.call('import/files', {
      files: [{ ...file, edits: [{ index: 0, regionText: '新华区' }] }],
    });
    const stored = t.db
      .prepare(`SELECT region_code AS code FROM records WHERE region_text = '新华区'`)
      .get() as { code: string };
    expect(stored.code).toBe(shown);
  });
});
