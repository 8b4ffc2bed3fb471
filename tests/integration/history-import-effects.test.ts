/**
 * 操作记录 says what an import changed of the records it joined: an acceptance naming the 31
 * zones of an earlier confirmation listed only "关联已有 31", not that 31 records became
 * 已验收 and their duties were closed. Controls: the confirmation (records born in it, logged
 * compactly) says no such thing, and a progress report that changes no status names none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { historyLine } from '../../src/main/cli/history-commands';
import { importEffectText } from '../../src/shared/operations';
import { apiLedger } from '../support/api-ledger';
import { seriesFiles } from '../support/series/series-files';

describe('操作记录: what an import changed of records already held', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('an acceptance: how many records became 已验收, and the duties it closed', async () => {
    const files = await seriesFiles('national-zones-2019');
    const api = await apiLedger();
    cleanup = api.cleanup;
    const file = (stem: string) => {
      const f = files.find((x) => x.stem === stem)!;
      return { name: f.name, dataBase64: Buffer.from(f.bytes).toString('base64') };
    };
    await api.call('import/files', { files: [file('01-confirmation')] });
    await api.call('import/files', { files: [file('02-progress')] });
    await api.call('import/files', { files: [file('04-acceptance')] });
    const accepted = (
      api.db.prepare(`SELECT count(*) AS n FROM records WHERE status LIKE '已验收%'`).get() as {
        n: number;
      }
    ).n;
    expect(accepted).toBeGreaterThan(0);

    const [acceptance, progress, confirmation] = await api.call('history/list', { limit: 10 });
    const statuses = acceptance!.effects!.statuses;
    expect(statuses.reduce((n, s) => n + s.records, 0)).toBe(accepted);
    expect(statuses.every((s) => s.status.startsWith('已验收'))).toBe(true);
    expect(acceptance!.effects!.duties.find((d) => d.status === 'done')!.duties).toBeGreaterThan(0);
    const text = importEffectText(acceptance!.effects!);
    expect(text).toMatch(/^\d+ 条记录状态改为「已验收[^」]*」/);
    expect(text).toMatch(/\d+ 项期限办结/);
    expect(historyLine(acceptance!)).toContain(text);

    // Controls: the confirmation's records were born in it; the progress report set no status.
    expect(confirmation!.effects).toBeUndefined();
    expect(progress!.effects?.statuses ?? []).toEqual([]);
  });

  it('words: each status by its count, other fields by their labels, duties in words', () => {
    expect(
      importEffectText({
        statuses: [
          { status: '已验收（合格）', records: 6 },
          { status: '已验收（优秀）', records: 3 },
        ],
        fields: [{ field: 'region_text', records: 13 }],
        duties: [
          { status: 'done', duties: 47 },
          { status: 'waived', duties: 5 },
        ],
        dutiesMoved: 2,
      }),
    ).toBe(
      '6 条记录状态改为「已验收（合格）」，3 条记录状态改为「已验收（优秀）」；' +
        '更新了 13 条记录的地区（原文）；47 项期限办结；5 项期限免除；2 项期限改期',
    );
  });
});
