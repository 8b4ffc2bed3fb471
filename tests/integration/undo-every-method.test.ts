/**
 * Every method that changes the ledger (marked 'write' in shared/method-access.ts) is
 * called, undone and redone here: after the undo the ledger's data equals what it was
 * before the call, after the redo what it was after. A new write method without a case
 * below fails the first test — so "every change can be undone" holds by construction.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { MethodName } from '../../src/shared/api-methods';
import { METHOD_ACCESS, methodsOfAccess } from '../../src/shared/method-access';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { HEBEI_ZONES } from '../support/sample-notice';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';

type WriteMethod = {
  [M in MethodName]: (typeof METHOD_ACCESS)[M] extends 'write' ? M : never;
}[MethodName];

let ctx: ApiContext;
let cleanup: () => void;

const call = apiCall(() => ctx);

const fixture = (name: string) =>
  readFileSync(path.join(__dirname, '..', 'fixtures', 'schedule', name));
const text = (s: string) => new Uint8Array(Buffer.from(s));
const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const state = () => ledgerFingerprint(ctx.ledger.db, { log: false });
const lastOpId = () =>
  (ctx.ledger.db.prepare('SELECT max(id) AS id FROM operations').get() as { id: number | null })
    .id ?? 0;
const zoneIds = async () => (await call('records/list', { kind: 'zone' })).map((r) => r.id);

/** Each write method: what to do first (not part of the step undone), and the call. */
interface Case {
  setup?: () => Promise<unknown>;
  input: () => Promise<unknown>;
  /** The step replaces the ledger file: undo it with one history/undo, not by op id. */
  wholeLedger?: true;
}

const CASES: Record<WriteMethod, Case> = {
  'import/files': {
    input: async () => ({
      files: [{ name: 'hebei.txt', dataBase64: base64(text(HEBEI_ZONES)) }],
    }),
  },
  'records/merge': { input: async () => ({ ids: (await zoneIds()).slice(0, 2) }) },
  'duplicates/accept': {
    input: async () => {
      const [a, b, c] = await zoneIds();
      return {
        groups: [{ ids: [a!, b!], survivorId: b!, choices: { title: a! } }, { ids: [b!, c!] }],
      };
    },
  },
  'duplicates/decide': {
    input: async () => ({ ids: (await zoneIds()).slice(0, 3), decision: 'not_duplicate' }),
  },
  'duplicates/settings': { input: async () => ({ autoMerge: false, high: 0.95, low: 0.7 }) },
  'records/unmerge': {
    setup: () => zoneIds().then((ids) => call('records/merge', { ids: ids.slice(0, 2) })),
    input: async () => {
      const review = await call('duplicates/review', {});
      return { opId: review.merged[0]!.opId };
    },
  },
  'records/link': {
    input: async () => ({ ids: (await zoneIds()).slice(0, 3), relation: 'renamed' }),
  },
  'records/unlink': {
    setup: () =>
      zoneIds().then((ids) => call('records/link', { ids: ids.slice(0, 2), relation: 'renamed' })),
    input: async () => {
      const [a, b] = await zoneIds();
      return { a: b!, b: a! };
    },
  },
  'records/splitMention': {
    // An acceptance table joins the approved zones; its source on the first is split off.
    setup: () =>
      call('import/files', {
        files: [
          {
            name: 'accepted.txt',
            dataBase64: base64(
              text(
                '民政部办公厅关于全国社区治理和服务创新实验区结项验收结果的通知\n现将验收结果通知如下：\n序号\t实验区\t实验主题\t验收结果\n1\t北京市东城区\t街区制治理创新\t优秀\n民政部办公厅\n2019年12月20日\n',
              ),
            ),
          },
        ],
      }),
    input: async () => {
      const [zone] = await zoneIds();
      const panel = await call('records/panel', { id: zone! });
      return { mentionId: panel.mentions.find((m) => m.splitBlocker === null)!.mentionId };
    },
  },
  'notices/checkWarning': {
    // A list that skips 2: the notice carries a numbering warning to mark 已核对.
    setup: () =>
      call('import/files', {
        files: [
          {
            name: 'gap.txt',
            dataBase64: base64(
              text(
                '关于确认第四批省级社区治理创新实验区的通知\n经评审，确认以下单位为第四批省级社区治理创新实验区：\n1.石家庄市长安区——构建联动机制\n3.保定市竞秀区——推行议事会制度\n河北省民政厅\n2022年6月30日\n',
              ),
            ),
          },
        ],
      }),
    input: async () => {
      const n = (await call('notices/list', {})).find((x) => x.warnings.length > 0)!;
      const w = n.warnings[0]!;
      return { noticeId: n.id, code: w.code, message: w.message, note: '已与原件核对' };
    },
  },
  'notices/update': {
    input: async () => {
      const [n] = await call('notices/list', {});
      return { id: n!.id, issuedOn: '2017-03-01', title: '改过的标题', role: 'progress_report' };
    },
  },
  'milestones/update': {
    input: async () => {
      const m = (await call('deadlines/list', { asOf: '2016-06-01' })).find(
        (i) => i.recordId !== null && i.storedStatus === 'pending',
      );
      return { id: m!.id, status: 'done', note: '已报送' };
    },
  },
  'milestones/extend': {
    input: async () => ({ recordId: (await zoneIds())[0]!, until: '2020-12-31', note: '疫情' }),
  },
  'milestones/bulk': {
    input: async () => ({ status: 'done', dueBefore: '2017-12-31', note: '年度材料已报送' }),
  },
  'rules/update': {
    input: async () => ({
      programme: '全国社区治理和服务创新实验区',
      kind: 'midterm',
      params: { afterStartMonths: 18 },
      text: '实验开展18个月后进行中期评估',
    }),
  },
  'records/edit': {
    input: async () => {
      const [a, b] = await zoneIds();
      return {
        edits: [
          { id: a!, field: 'regionText', value: '江苏省苏州市姑苏区' },
          { id: b!, field: 'programme', value: '省级社区治理和服务创新实验区' },
          { id: b!, field: 'status', value: '实验中' },
        ],
        action: 'paste',
      };
    },
  },
  'records/create': {
    input: async () => ({
      kind: 'case',
      fields: { title: '新的案例', regionText: '浙江省杭州市西湖区', programme: '优秀案例' },
    }),
  },
  'records/delete': { input: async () => ({ ids: (await zoneIds()).slice(1) }) },
  'views/saveLayout': {
    input: async () => ({ grid: 'zone', layout: [{ colId: 'title', width: 420 }] }),
  },
  'views/save': {
    input: async () => ({
      grid: 'zone',
      view: { name: '东城', search: '东城', facets: {}, filterModel: {}, sort: [], columns: [] },
    }),
  },
  'views/delete': {
    setup: () =>
      call('views/save', {
        grid: 'zone',
        view: { name: '旧视图', search: '', facets: {}, filterModel: {}, sort: [], columns: [] },
      }),
    input: async () => ({ grid: 'zone', name: '旧视图' }),
  },
  'backups/restore': {
    wholeLedger: true,
    setup: async () => {
      const b = await call('backups/create', {});
      await call('records/delete', { ids: (await zoneIds()).slice(0, 1) });
      return b;
    },
    input: async () => ({
      name: (await call('backups/list', {})).find((b) => b.reason === 'manual')!.name,
    }),
  },
  'ledger/import': {
    wholeLedger: true,
    setup: async () => {
      const exported = await call('ledger/export', {});
      await call('records/delete', { ids: (await zoneIds()).slice(0, 1) });
      return exported;
    },
    input: async () => {
      // The file exported before the deletion, brought back in.
      const exported = lastExport;
      return { dataBase64: exported!, confirm: true };
    },
  },
};
let lastExport: string | null = null;

beforeEach(async () => {
  const t = await tempLedger();
  cleanup = t.cleanup;
  ctx = { ledger: t.ledger, door: 'cli' };
  await importFiles(ctx.ledger, [
    { name: 'three-year-approval.txt', bytes: fixture('three-year-approval.txt') },
  ]);
});
afterEach(() => cleanup());

describe('every change can be undone and redone exactly', () => {
  it('has a case for every write method of the contract', () => {
    const writes = methodsOfAccess('write').sort();
    expect(Object.keys(CASES).sort()).toEqual(writes);
    expect(writes.length).toBeGreaterThan(15);
  });

  for (const method of Object.keys(CASES) as WriteMethod[]) {
    it(method, async () => {
      const c = CASES[method];
      const prepared = await c.setup?.();
      if (method === 'ledger/import') lastExport = (prepared as { dataBase64: string }).dataBase64;
      const input = await c.input();
      const before = state();
      const firstOp = lastOpId() + 1;
      await call(method, input as never);
      const after = state();
      expect(after, 'the call changed the ledger').not.toBe(before);

      if (c.wholeLedger) await call('history/undo', {});
      else await call('history/undoTo', { opId: firstOp });
      expect(state(), 'undo puts back exactly what was there').toBe(before);

      if (c.wholeLedger) await call('history/redo', {});
      else while ((await call('history/peek', {})).redo) await call('history/redo', {});
      expect(state(), 'redo does it again exactly').toBe(after);

      // …and the log agrees with the ledger: a second undo/redo round gives the same states.
      if (!c.wholeLedger) {
        await call('history/undoTo', { opId: firstOp });
        expect(state()).toBe(before);
      }
      expect(ctx.ledger.db.pragma('foreign_key_check')).toEqual([]);
    });
  }
});
