/**
 * A 公示 window is information, no duty: the 期限 page's query lists it while it runs and as
 * over once past its end, never 逾期, and the counts of 首页 and the reminder leave it out;
 * the real duties of a notice beside it (报送…前, 终期报告, 验收) stay outstanding and overdue.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { ApiContext } from '../../src/main/api/context';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { Ledger } from '../../src/main/db/ledger';
import type { DeadlineCounts, DeadlineItem } from '../../src/shared/schedule';
import { tempLedger } from '../support/temp-ledger';

let ledger: Ledger;
let cleanup: () => void;
let ctx: ApiContext;
beforeEach(async () => {
  ({ ledger, cleanup } = await tempLedger());
  ctx = { ledger, door: 'cli' };
});
afterEach(() => cleanup());

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(method, input, ctx);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}
const list = (input: { asOf?: string; withinDays?: number }) =>
  call<DeadlineItem[]>('deadlines/list', input);
const counts = (asOf: string) => call<DeadlineCounts>('deadlines/counts', { asOf });
const notice = (name: string, lines: string[]) => ({
  name,
  bytes: Buffer.from(lines.join('\n'), 'utf8'),
});

const WINDOW = notice('window.txt', [
  '吉林省民政厅关于2023年度省级社区治理和服务创新实验区拟确认名单的公示',
  '根据《吉林省民政厅关于开展省级社区治理和服务创新实验区创建工作的通知》要求，经专家评审，拟确认以下单位为省级社区治理和服务创新实验区，现予以公示。',
  '公示时间：2023年4月18日至4月24日。公示期间，如有异议，请以书面形式向省民政厅反映。',
  '1.长春市南关区',
  '2.吉林市船营区',
  '吉林省民政厅',
  '2023年4月17日',
]);

const DUTY = notice('duty.txt', [
  '宁夏回族自治区民政厅关于确认首批全区睦邻议事创新实验区的通知',
  '各市、县（区）民政局：',
  '经各地申报、专家评审，现确认以下单位为首批全区睦邻议事创新实验区，实验周期为两年。',
  '各实验区要按时报送年度实验计划和总结，实验期满提交终期报告，由自治区民政厅组织结项验收。',
  '首批全区睦邻议事创新实验区名单',
  '1.银川市兴庆区',
  '2.吴忠市利通区',
  '宁夏回族自治区民政厅',
  '2023年3月10日',
]);

const windows = (items: DeadlineItem[]) => items.filter((i) => i.kind === 'objection_window');

describe('a 公示 window on the 期限 page', () => {
  it('while it runs: listed as information, no duty due', async () => {
    await importFiles(ledger, [WINDOW]);
    const asOf = '2023-04-20';
    const [w, ...rest] = windows(await list({ asOf }));
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ dueOn: '2023-04-18', endOn: '2023-04-24', status: 'pending' });
    expect(w!.informational).toBe(true);
    // The window ends in 4 days; no duty of the listed zones falls due within 7.
    expect((await counts(asOf)).within7).toBe(0);
  });

  it('past its end: over, never 逾期, and out of the overdue list and counts', async () => {
    await importFiles(ledger, [WINDOW]);
    const asOf = '2024-03-04';
    const all = windows(await list({ asOf }));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ status: 'done', storedStatus: 'pending', informational: true });
    const soon = await list({ asOf, withinDays: 30 });
    expect(windows(soon)).toEqual([]);
    const overdue = soon.filter((i) => i.status === 'overdue');
    const n = await counts(asOf);
    expect(n.overdue + n.historical).toBe(overdue.length);
  });

  it('beside a notice of real duties: the duties are overdue, the window is not', async () => {
    await importFiles(ledger, [WINDOW, DUTY]);
    const asOf = '2026-01-01';
    const overdue = (await list({ asOf, withinDays: 30 })).filter((i) => i.status === 'overdue');
    expect(overdue.some((i) => i.kind === 'objection_window')).toBe(false);
    const duty = overdue.filter((i) => i.record?.regionText === '银川市兴庆区');
    expect(new Set(duty.map((i) => i.kind))).toEqual(
      new Set(['annual_plan', 'annual_summary', 'final_report', 'acceptance']),
    );
    const n = await counts(asOf);
    expect(n.overdue + n.historical).toBe(overdue.length);
  });
});
