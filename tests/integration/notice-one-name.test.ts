/**
 * One name for an untitled notice everywhere: the import's line in the history and on the undo
 * button, a metadata edit's and a warning check's, the home page's list — as the notices list
 * names it (its issuer and date, or its first line), never its file name. And a sentence that
 * quotes a long value ends it in …, never stops mid-word as if that were all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';
import { hasShared, seedFiles, seedsDir, sharedMissingReason } from '../support/shared';

// Seed 004 has no headline the importer takes for a title (a 工作方案 copied from a page):
// the notices list names it by its first line. Seed 001 gives records to edit.
const UNTITLED = seedFiles().find((f) => f.startsWith('004_')) ?? '';
const LISTED = seedFiles().find((f) => f.startsWith('001_')) ?? '';
const FIRST_LINE = '大悟县全面推进基层政务公开标准化规范化工作方案';

let ctx: ApiContext;
let cleanup: () => void;
beforeAll(async () => {
  if (!hasShared) return;
  const t = await tempLedger();
  cleanup = t.cleanup;
  ctx = { ledger: t.ledger, door: 'cli' };
  const file = (name: string) => ({ name, bytes: readFileSync(path.join(seedsDir, name)) });
  await importFiles(t.ledger, [file(LISTED)]);
  await importFiles(t.ledger, [file(UNTITLED)]);
});
afterAll(() => cleanup?.());
const call = apiCall(() => ctx);
const untitled = async () => (await call('notices/overview', {})).find((n) => n.file === UNTITLED)!;

describe.skipIf(!hasShared)('shared seeds', () => {
  describe('an untitled notice has one name', () => {
    it('the import is logged by it, not by the file name', async () => {
      const n = await untitled();
      expect(n.title).toBeNull();
      const ops = await call('history/list', { limit: 5 });
      const imported = ops.find((o) => o.kind === 'import')!;
      expect(imported.summary).toBe(`导入《${FIRST_LINE}》`);
      const peek = await call('history/peek', {});
      expect(peek.undo?.label).toContain(FIRST_LINE);
      expect(peek.undo?.label).not.toContain('004.txt');
    });

    it('a metadata edit of it is logged by it, cut with …', async () => {
      const n = await untitled();
      const r = await call('notices/update', { id: n.id, docNo: '大政办〔2021〕3号' });
      const [op] = await call('history/list', { limit: 1 });
      expect(op!.opId).toBe(r.opId);
      // 23 characters: whole within the sentence's 30
      expect(op!.summary).toBe(`修改通知《${FIRST_LINE}》`);
      await call('history/undo', { opId: r.opId! });
    });

    it('its issuer and date name it once both are known, on the home page too', async () => {
      const n = await untitled();
      const r = await call('notices/update', {
        id: n.id,
        issuer: '大悟县人民政府办公室',
        issuedOn: '2021-06-01',
      });
      const home = await call('home/summary', {});
      const listed = home.warnings.find((w) => w.noticeId === n.id);
      if (listed) expect(listed.name).toBe('大悟县人民政府办公室 2021-06-01');
      const again = await call('notices/update', { id: n.id, docNo: '大政办〔2021〕4号' });
      const [op] = await call('history/list', { limit: 1 });
      expect(op!.opId).toBe(again.opId);
      expect(op!.summary).toBe('修改通知《大悟县人民政府办公室 2021-06-01》');
      await call('history/undo', { opId: again.opId! });
      await call('history/undo', { opId: r.opId! });
    });
  });

  describe('a long value in a sentence', () => {
    it('a record edit quotes a long title cut with …, the record keeps it whole', async () => {
      const rows = (await call('records/page', { limit: 1 })).rows;
      const long = `探索${'社区治理经验'.repeat(20)}的实践`;
      const r = await call('records/edit', {
        edits: [{ id: rows[0]!.id, field: 'title', value: long }],
      });
      expect(r.summary.endsWith(`：${long.slice(0, 29)}…`)).toBe(true);
      const [back] = (await call('records/page', { limit: 1 })).rows;
      expect(back!.title).toBe(long);
    });
  });
});
describe.skipIf(hasShared)('shared seeds', () => it.skip(sharedMissingReason, () => {}));
