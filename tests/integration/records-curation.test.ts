/**
 * The curation API end to end through dispatch(): paging with search/facets/filters, edits
 * as single operations that undo and redo, region re-resolution, create and soft delete,
 * the record panel's source sentence, the notices view, home summary, saved views.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { MethodInput } from '../../src/shared/contract';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';

const ZONES = `关于确认第二批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第二批省级社区治理创新实验区：
1.唐山市路北区——打造老旧小区协商平台
2.石家庄市长安区——构建“红色物业”联动机制
3.保定市竞秀区——推行小区议事会制度
河北省民政厅
2021年6月30日
`;

let ctx: ApiContext;
let cleanup: () => void;
beforeAll(async () => {
  const t = await tempLedger();
  cleanup = t.cleanup;
  ctx = { ledger: t.ledger, door: 'cli' };
  await importFiles(t.ledger, [{ name: 'zones.txt', bytes: new Uint8Array(Buffer.from(ZONES)) }]);
});
afterAll(() => cleanup());

const call = apiCall(() => ctx);
const page = (input: Omit<MethodInput<'records/page'>, 'kind'> = {}) =>
  call('records/page', { kind: 'zone', ...input });
const idOf = async (title: string) => (await page({ search: title })).rows[0]!.id;

describe('grid queries', () => {
  it('pages with sort, quick search (trigram and 1–2 characters), facets and column filters', async () => {
    expect((await page()).total).toBe(3);
    expect(
      (await page({ sort: { field: 'regionCode', dir: 'asc' } })).rows.map((r) => r.regionCode),
    ).toEqual(['130102', '130203', '130602']);
    expect((await page({ search: '议事会' })).rows.map((r) => r.title)).toEqual([
      '推行小区议事会制度',
    ]);
    expect((await page({ search: '小区' })).total).toBe(2); // two characters: LIKE fallback
    expect((await page({ search: '小区 协商' })).total).toBe(1);
    expect((await page({ facets: { city: ['保定市'] } })).total).toBe(1);
    expect((await page({ facets: { province: ['山西省'] } })).total).toBe(0);
    // 导入完成's link narrows to the records the import's notices name.
    const notice = (await page()).rows[0]!.mentions[0]!.noticeId;
    expect((await page({ facets: { notices: [notice] } })).total).toBe(3);
    expect((await page({ facets: { notices: [notice + 1000] } })).total).toBe(0);
    const f = await page({
      filters: [
        {
          field: 'title',
          join: 'OR',
          conditions: [
            { op: 'startsWith', value: '打造' },
            { op: 'endsWith', value: '机制' },
          ],
        },
      ],
    });
    expect(f.total).toBe(2);
    expect(
      (
        await page({
          filters: [
            { field: 'year', join: 'AND', conditions: [{ op: 'greaterThan', value: 2100 }] },
          ],
        })
      ).total,
    ).toBe(0);
    // A % typed by a person is a character, not a wildcard.
    expect((await page({ search: '%' })).total).toBe(0);
  });

  it('keeps the rows just edited in a search that no longer finds them (live, of its kind)', async () => {
    const kept = await idOf('红色物业');
    const found = await page({ search: '议事会', keepIds: [kept] });
    expect(found.total).toBe(2);
    expect(found.rows.map((r) => r.id)).toContain(kept);
    // Only rows of the grid's kind: a zone's id kept in the case grid shows nothing.
    expect(
      (await call('records/page', { kind: 'case', search: '议事会', keepIds: [kept] })).total,
    ).toBe(0);
    expect((await page({ search: '议事会' })).total).toBe(1);
  });

  it('counts facets, each without its own selection', async () => {
    const f = await call('records/facets', { kind: 'zone', facets: { city: ['保定市'] } });
    expect(f.total).toBe(1);
    expect(f.values.city.map((v) => v.value).sort()).toEqual(['保定市', '唐山市', '石家庄市']);
    expect(f.values.province).toEqual([{ value: '河北省', count: 1 }]);
  });
});

describe('edits are single operations in the log', () => {
  it('edits a cell, then undo and redo restore it', async () => {
    const id = await idOf('议事会');
    const out = await call('records/edit', {
      edits: [{ id, field: 'title', value: '推行小区议事会制度（已核对）' }],
    });
    expect(out.records[0]!.title).toBe('推行小区议事会制度（已核对）');
    expect((await call('history/undo', {}))!.summary).toContain('修改');
    expect((await page({ search: '议事会' })).rows[0]!.title).toBe('推行小区议事会制度');
    await call('history/redo', {});
    expect((await page({ search: '议事会' })).rows[0]!.title).toBe('推行小区议事会制度（已核对）');
  });

  it('refuses bad values without writing anything', async () => {
    const id = await idOf('议事会');
    const batch = (await page({ search: '议事会' })).rows[0]!.batch;
    const r = await dispatch(
      'records/edit',
      {
        edits: [
          { id, field: 'year', value: '1900' },
          { id, field: 'batch', value: '第九批' },
        ],
      },
      ctx,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'bad_value' } });
    // (A zone's blank 名称 is no bad value: a zone is known by its place; a case's is refused.)
    const r2 = await dispatch(
      'records/edit',
      { edits: [{ id, field: 'year', value: '明年' }] },
      ctx,
    );
    expect(r2).toMatchObject({ ok: false, error: { code: 'bad_value' } });
    expect((await page({ search: '议事会' })).rows[0]!.batch).toBe(batch);
  });

  it('re-resolves region codes and names with the region text, undone together', async () => {
    const id = await idOf('红色物业');
    const out = await call('records/edit', {
      edits: [{ id, field: 'regionText', value: '南京市栖霞区' }],
    });
    expect(out.records[0]).toMatchObject({
      regionCode: '320113',
      province: '江苏省',
      city: '南京市',
      county: '栖霞区',
    });
    await call('history/undo', {});
    expect((await page({ search: '红色物业' })).rows[0]).toMatchObject({
      regionCode: '130102',
      province: '河北省',
      county: '长安区',
    });
  });

  it('bulk edits and pastes as one operation each', async () => {
    const ids = (await page()).rows.map((r) => r.id);
    await call('records/edit', {
      action: 'bulk_edit',
      // a status these zones' milestones never give (without one written they are 实验中)
      edits: ids.map((id) => ({ id, field: 'status' as const, value: '已验收' })),
    });
    expect((await page({ facets: { status: ['已验收'] } })).total).toBe(3);
    await call('records/edit', {
      action: 'paste',
      edits: ids.slice(0, 2).flatMap((id) => [
        { id, field: 'year' as const, value: '2022年' },
        { id, field: 'batch' as const, value: '第二批' },
      ]),
    });
    expect((await page({ facets: { year: [2022] } })).total).toBe(2);
    expect((await call('history/undo', {}))!.summary).toMatch(/^粘贴/);
    expect((await page({ facets: { year: [2022] } })).total).toBe(0);
    // Chinese has no space between words: not 「状态 为」 (the summary is the undo button's).
    expect((await call('history/undo', {}))!.summary).toBe('批量修改 3 条记录的状态为「已验收」');
    expect((await page({ facets: { status: ['已验收'] } })).total).toBe(0);
  });

  it('creates and soft-deletes records, both undoable, and the history says so', async () => {
    const created = await call('records/create', {
      kind: 'zone',
      fields: { title: '手工添加的实验区', regionText: '苏州市姑苏区' },
    });
    const id = created.records[0]!.id;
    expect(created.records[0]!.regionCode).toBe('320508');
    expect((await page()).total).toBe(4);
    await call('history/undo', {});
    expect((await page()).total).toBe(3);
    await call('history/redo', {});
    expect((await page()).total).toBe(4);
    await call('records/delete', { ids: [id] });
    expect((await page()).total).toBe(3);
    expect((await call('history/undo', {}))!.summary).toContain('删除');
    expect((await page()).total).toBe(4);
    const history = await call('records/history', { id });
    expect(history.map((h) => h.kind)).toEqual(expect.arrayContaining(['create_record', 'delete']));
  });
});

describe('provenance views', () => {
  it('shows the source sentence of each mention, and the notice with its spans', async () => {
    const id = await idOf('老旧小区');
    const p = await call('records/panel', { id });
    expect(p.mentions).toHaveLength(1);
    expect(p.mentions[0]!.text).toContain('唐山市路北区');
    expect(p.mentions[0]!.before + p.mentions[0]!.text + p.mentions[0]!.after).toContain(
      '打造老旧小区协商平台',
    );
    const notices = await call('notices/overview', {});
    expect(notices[0]).toMatchObject({ records: 3 });
    const d = await call('notices/detail', { id: notices[0]!.id });
    expect(d.spans).toHaveLength(3);
    expect(d.rawText.slice(d.spans[0]!.start, d.spans[0]!.end)).toContain('唐山市路北区');
  });

  it('summarises the ledger for the home page', async () => {
    const s = await call('home/summary', {});
    expect(s.byProvince[0]).toMatchObject({ province: '河北省' });
    expect(s.recentImports[0]!.summary).toMatch(/^导入《.*》（3 条记录）$/);
  });

  it('keeps layouts and saved views in the ledger', async () => {
    await call('views/saveLayout', { grid: 'zone', layout: [{ colId: 'title', width: 300 }] });
    const view = {
      name: '河北',
      search: '',
      facets: { province: ['河北省'] },
      filterModel: {},
      sort: [],
      columns: [],
    };
    await call('views/save', { grid: 'zone', view });
    expect(await call('views/get', { grid: 'zone' })).toEqual({
      layout: [{ colId: 'title', width: 300 }],
      views: [view],
    });
    expect((await call('views/delete', { grid: 'zone', name: '河北' })).views).toEqual([]);
    expect(await dispatch('views/get', { grid: '../x' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
  });
});
