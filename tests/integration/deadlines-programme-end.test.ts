/**
 * A yearly call (每年9月底前) whose programme is over plans no more rounds: imported through
 * importFiles in either order, read through deadlines/list as every door reads it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { DeadlineItem } from '../../src/shared/schedule';
import type { Ledger } from '../../src/main/db/ledger';
import { tempLedger } from '../support/temp-ledger';

const CALL = [
  '某省民政厅关于开展省级社区治理创新实验区创建工作的通知',
  '',
  '某民发〔2019〕12号',
  '',
  '各市（州）民政局：',
  '',
  '省民政厅决定从2019年开始，在全省开展省级社区治理创新实验区创建工作。实验区的申报由区（县、市）人民政府提出申请，市州民政局审核后，于每年的9月底前报省民政厅。实验周期为2年。在实验期末，各实验区应如期提交实验工作终期报告，由省民政厅组织对实验成果进行验收评审。',
  '',
  '某省民政厅',
  '2019年3月1日',
].join('\n');

const CONFIRMATION = [
  '某省民政厅关于确认第一批省级社区治理创新实验区的通知',
  '',
  '某民发〔2019〕40号',
  '',
  '各市（州）民政局：',
  '',
  '经各地申报、专家评审，省民政厅确认以下单位为第一批省级社区治理创新实验区。',
  '',
  '1．长春市南关区',
  '2．吉林市船营区',
  '3．四平市铁西区',
  '',
  '某省民政厅',
  '2019年12月20日',
].join('\n');

const file = (name: string, text: string) => ({ name, bytes: Buffer.from(text, 'utf8') });

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  ({ ledger, cleanup } = await tempLedger());
});
afterEach(() => cleanup());

async function rounds(asOf: string): Promise<DeadlineItem[]> {
  const r = await dispatch('deadlines/list', { asOf }, { ledger, door: 'cli' });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as DeadlineItem[]).filter((i) => i.kind === 'application_due');
}

describe('yearly rounds of a programme that is over', () => {
  it('a call with no confirmed records keeps its rounds: this year’s, once past, is overdue', async () => {
    await importFiles(ledger, [file('call.txt', CALL)]);
    const open = (await rounds('2026-12-03')).filter((i) => !i.historical);
    expect(open.map((i) => [i.dueOn, i.status])).toEqual([
      ['2026-09-30', 'overdue'],
      ['2027-09-30', 'pending'],
    ]);
  });

  for (const order of ['call first', 'confirmation first'] as const) {
    it(`ends with the last cycle of the zones it recruited (${order})`, async () => {
      const files = [file('call.txt', CALL), file('confirm.txt', CONFIRMATION)];
      for (const f of order === 'call first' ? files : files.reverse()) {
        await importFiles(ledger, [f]);
      }
      const all = await rounds('2026-12-03');
      expect(all.map((i) => i.dueOn)).toEqual(['2019-09-30', '2020-09-30', '2021-09-30']);
      expect(all.filter((i) => i.status === 'overdue' && !i.historical)).toEqual([]);
    });
  }

  it('a round answered by a confirmation of the programme is done, not overdue', async () => {
    const answer = CONFIRMATION.replace('2019年12月20日', '2026年11月20日').replace(
      '某民发〔2019〕40号',
      '某民发〔2026〕40号',
    );
    await importFiles(ledger, [file('call.txt', CALL)]);
    await importFiles(ledger, [file('confirm.txt', answer)]);
    const open = (await rounds('2026-12-03')).filter((i) => !i.historical);
    expect(open.map((i) => [i.dueOn, i.status])).toEqual([
      ['2026-09-30', 'done'],
      ['2027-09-30', 'pending'],
    ]);
    expect(open[0]!.note).toContain('2026-11-20');
  });
});

describe('rounds foreseen past the planned years', () => {
  // Asked about a year the ledger has not planned, the list adds the rounds beyond as foreseen
  // items; the programme's end is read from the records of the called programme alone.
  it('stop at the end of the called programme, however far ahead the list is asked', async () => {
    await importFiles(ledger, [file('call.txt', CALL), file('confirm.txt', CONFIRMATION)]);
    const all = await rounds('2031-12-03');
    expect(all.map((i) => i.dueOn)).toEqual(['2019-09-30', '2020-09-30', '2021-09-30']);
  });

  it('go on for a call whose programme has no records yet (the control)', async () => {
    await importFiles(ledger, [file('call.txt', CALL)]);
    const foreseen = (await rounds('2031-12-03')).filter((i) => i.projected);
    expect(foreseen.map((i) => i.dueOn)).toContain('2032-09-30');
  });
});
