/**
 * The deadline sheets a leader receives: what is outstanding on 时限提醒, most urgent first;
 * what is done, waived or history on 已办结及历史事项, newest first; every row naming whose
 * duty it is (its unit and programme with the batch, or for a whole call 各有关单位, the
 * programme its notice names and the sender's province). Controls: a ledger with nothing
 * outstanding says so instead of an empty table; a programme already naming its batch or
 * year is not told it twice; a city's organ is no province's.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  issuerProvince,
  programmeWithBatch,
  splitDeadlines,
} from '../../../src/main/core/export/deadline-rows';
import { buildLeadershipWorkbook } from '../../../src/main/core/export/leadership-workbook';
import type { LedgerRecord, Milestone } from '../../../src/shared/domain';
import { makeRecord } from '../../fixtures/export/sample-records';

const ms = (over: Partial<Milestone> & { id: number }): Milestone => ({
  recordId: null,
  noticeId: 9,
  kind: 'final_report',
  dueOn: '2020-01-01',
  status: 'pending',
  rule: { noticeId: 9, text: '实验期满前报送结项报告' },
  ...over,
});

const zone = (over: Partial<LedgerRecord>): LedgerRecord =>
  makeRecord({
    province: '湖北省',
    city: '武汉市',
    county: '江汉区',
    regionText: '武汉市江汉区',
    regionCode: '420103',
    unitCode: '420103',
    programme: '湖北省社区治理和服务创新实验区',
    batch: '第二批',
    year: 2019,
    title: '',
    ...over,
  });

async function sheets(records: LedgerRecord[], milestones: Milestone[]) {
  const wb = new ExcelJS.Workbook();
  const notices = new Map([
    [
      9,
      {
        docNo: '吉民发〔2019〕30号',
        title: '关于开展省级社区治理和服务创新实验区创建工作的通知',
        programme: '省级社区治理和服务创新实验区',
        batch: null,
        issuer: '吉林省民政厅',
      },
    ],
  ]);
  const file = await buildLeadershipWorkbook({ records, milestones, asOf: '2026-12-06', notices });
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const read = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) return null;
    const values = ws.getRow(3).values as unknown[];
    const headers = Array.from(values, (v) => String(v ?? ''));
    const rows: Record<string, string>[] = [];
    for (let r = 4; r <= ws.rowCount; r++)
      rows.push(
        Object.fromEntries(
          headers.map((h, c) => [h, c === 0 ? '' : String(ws.getCell(r, c).text)]),
        ),
      );
    return { headers: headers.slice(1), rows };
  };
  return { open: read('时限提醒'), closed: read('已办结及历史事项') };
}

describe('outstanding first, closed apart', () => {
  it('splits overdue and pending from done, waived and history, each in the order a leader reads', () => {
    const all = [
      ms({ id: 1, dueOn: '2016-06-30', status: 'done' }),
      ms({ id: 2, dueOn: '2027-03-31' }),
      ms({ id: 3, dueOn: '2018-06-30', status: 'waived' }),
      ms({ id: 4, dueOn: '2026-09-30' }),
      ms({ id: 5, dueOn: '2015-06-30', status: 'overdue', historical: true }),
      ms({ id: 6, dueOn: '2026-12-31' }),
    ];
    const { open, closed } = splitDeadlines(all, '2026-12-06', () => 0);
    // Past its date first (overdue), then what comes due soonest.
    expect(open.map((m) => m.id)).toEqual([4, 6, 2]);
    // The latest closed first: 2015's history is last, not first.
    expect(closed.map((m) => m.id)).toEqual([3, 1, 5]);
  });

  it('in the workbook: 时限提醒 holds only what is to do; the rest has its own sheet', async () => {
    const r = zone({});
    const { open, closed } = await sheets(
      [r],
      [
        ms({ id: 1, recordId: r.id, dueOn: '2021-06-30', status: 'done' }),
        ms({ id: 2, recordId: r.id, dueOn: '2027-01-31', kind: 'annual_plan' }),
      ],
    );
    expect(open!.rows.map((x) => x['状态'])).toEqual(['待办']);
    expect(closed!.rows.map((x) => x['状态'])).toEqual(['已完成']);
  });

  it('control: nothing outstanding is said in words, not left as an empty table', async () => {
    const r = zone({});
    const { open, closed } = await sheets(
      [r],
      [ms({ id: 1, recordId: r.id, dueOn: '2021-06-30', status: 'done' })],
    );
    expect(open!.rows).toHaveLength(1);
    expect(Object.values(open!.rows[0]!).join('')).toContain('没有待办或逾期的事项');
    expect(closed!.rows).toHaveLength(1);
  });
});

describe('every row says whose duty it is', () => {
  it('a record: its unit, its programme with the batch; a whole call: 各有关单位 and its notice’s programme', async () => {
    const r = zone({});
    const { open } = await sheets(
      [r],
      [
        ms({ id: 1, recordId: r.id, dueOn: '2027-06-30' }),
        ms({ id: 2, kind: 'application_due', dueOn: '2027-09-30' }),
      ],
    );
    const [own, call] = open!.rows;
    expect(own!['单位']).toBe('湖北省武汉市江汉区');
    expect(own!['项目（批次）']).toBe('湖北省社区治理和服务创新实验区（第二批）');
    expect(call!['单位']).toBe('各有关单位');
    expect(call!['项目（批次）']).toBe('省级社区治理和服务创新实验区');
    expect(call!['省份']).toBe('吉林省');
  });

  it('名称 stands only when some row has a title (a list of places prints no column of blanks)', async () => {
    const bare = zone({});
    const { open } = await sheets([bare], [ms({ id: 1, recordId: bare.id, dueOn: '2027-06-30' })]);
    expect(open!.headers).not.toContain('名称');
    const themed = zone({ title: '社区协商议事机制' });
    const again = await sheets([themed], [ms({ id: 1, recordId: themed.id, dueOn: '2027-06-30' })]);
    expect(again.open!.headers).toContain('名称');
    expect(again.open!.rows[0]!['名称']).toBe('社区协商议事机制');
  });

  it('the batch or year is added only where the programme does not name it', () => {
    expect(programmeWithBatch('全国社区治理和服务创新实验区', null, 2019)).toBe(
      '全国社区治理和服务创新实验区（2019年）',
    );
    expect(programmeWithBatch('2021年度全国基层治理创新典型案例', null, 2021)).toBe(
      '2021年度全国基层治理创新典型案例',
    );
    expect(programmeWithBatch('第二批全省社区治理创新实验区', '第二批', 2019)).toBe(
      '第二批全省社区治理创新实验区',
    );
    expect(programmeWithBatch(null, '第三批')).toBe('第三批');
  });

  it('a call’s province is its sender’s only when written in full (吉林市 is a city)', () => {
    const n = (issuer: string | null) => ({ docNo: null, title: null, issuer });
    expect(issuerProvince(n('吉林省民政厅'))).toBe('吉林省');
    expect(issuerProvince(n('北京市民政局'))).toBe('北京市');
    expect(issuerProvince(n('吉林市民政局'))).toBe('');
    expect(issuerProvince(n('民政部'))).toBe('');
    expect(issuerProvince(n(null))).toBe('');
  });
});
