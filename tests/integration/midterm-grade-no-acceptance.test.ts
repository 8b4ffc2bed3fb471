/**
 * A mid-term check's grade is no acceptance, in the ledger: imported after the province's
 * confirmation (the held-out Gansu series' first notice), the series' mid-term report and a
 * report telling each zone's grade after its name (…中期评估良好) leave every zone without a
 * status, and the 期限 page still shows each zone's final report outstanding (only the mid-term
 * duty is done). Controls: the same grades told by an acceptance (验收结果为良好) or a closing
 * evaluation (终期评估) accept those zones with the grade and close their final reports.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { importFiles } from '../../src/main/app/import/import-notices';
import { apiCall } from '../support/api-call';
import { seriesFiles } from '../support/series/series-ledger';
import { tempLedger } from '../support/temp-ledger';
import { textFile } from '../support/text-file';

let ctx: ApiContext;
let cleanup: () => void;
const call = apiCall(() => ctx);
beforeEach(async () => {
  const t = await tempLedger();
  cleanup = t.cleanup;
  ctx = { ledger: t.ledger, door: 'cli' };
});
afterEach(() => cleanup());

const GRADED = ['620102', '620921', '620702'];

/** A report on the same zones telling each one's grade after its name. */
const graded = (check: string, words: string) =>
  textFile(`${check}.txt`, [
    `甘肃省民政厅关于全省城乡社区治理创新实验区${check}结果的通报`,
    '各市（州）民政局：',
    `2021年4月至5月，省民政厅组织专家对全省城乡社区治理创新实验区进行了${check}。现将结果通报如下：`,
    `兰州市城关区、酒泉市金塔县、张掖市甘州区${words}良好，白银市平川区${words}较差。`,
    '甘肃省民政厅',
    '2021年6月18日',
  ]);

async function importAfterConfirmation(...later: { name: string; bytes: Uint8Array }[]) {
  const [confirmation, midterm] = await seriesFiles('held2-gansu-provincial-zones-2020');
  for (const f of [confirmation!, midterm!, ...later]) {
    const out = await importFiles(ctx.ledger, [{ name: f.name, bytes: f.bytes }]);
    expect(out.failures).toEqual([]);
  }
}

const statuses = () =>
  ctx.ledger.db
    .prepare(
      `SELECT region_code AS code, status FROM records
        WHERE merged_into IS NULL AND deleted_at IS NULL AND status IS NOT NULL ORDER BY region_code`,
    )
    .all() as { code: string; status: string }[];

const finalReports = async () =>
  (await call('deadlines/list', { asOf: '2021-07-01' })).filter((i) => i.kind === 'final_report');

describe('a mid-term check’s grade', () => {
  it('accepts no zone and leaves every final report outstanding', async () => {
    await importAfterConfirmation(graded('中期评估', '中期评估'));
    expect(statuses()).toEqual([]);
    expect(ctx.ledger.db.prepare('SELECT COUNT(*) AS n FROM record_events').get()).toEqual({
      n: 0,
    });
    const reports = await finalReports();
    expect(reports.length).toBe(16);
    expect(reports.every((i) => i.status === 'pending')).toBe(true);
    const midterms = (await call('deadlines/list', { asOf: '2021-07-01' })).filter(
      (i) => i.kind === 'midterm',
    );
    expect(midterms.length).toBe(16);
    expect(midterms.every((i) => i.status === 'done')).toBe(true);
  });

  it.each([
    ['验收', '验收结果为'],
    ['终期评估', '评估结果为'],
  ])('told by an acceptance (%s) accepts with the grade', async (check, words) => {
    await importAfterConfirmation(graded(check, words));
    expect(statuses()).toEqual(GRADED.sort().map((code) => ({ code, status: '已验收（良好）' })));
    const closed = (await finalReports()).filter((i) => i.status === 'done');
    expect(closed.map((i) => i.recordId).length).toBe(3);
  });
});
