/** Pieces of the workbook: status read from a record's milestones, row heights from text. */
import { describe, expect, it } from 'vitest';
import { recordStatus } from '../../../src/main/core/export/record-status';
import { cellLines, fitRowHeight, limitText } from '../../../src/main/core/export/sheet-rows';
import { chunkParagraph } from '../../../src/main/core/export/writeup-sheet';
import { makeRecord } from '../../fixtures/export/sample-records';

describe('record status from what happened to it', () => {
  const zone = makeRecord({ kind: 'zone', status: null });
  const m = (kind: string, dueOn: string, status = 'pending') =>
    ({ kind, dueOn, status }) as Parameters<typeof recordStatus>[1][number];

  it('a zone: 实验中 → 待验收 after its final report is due → 已验收; 已延期; 已终止', () => {
    const cycle = [m('approval', '2019-03-25', 'done'), m('final_report', '2021-03-25')];
    expect(recordStatus(zone, cycle, '2020-06-01')).toBe('实验中');
    expect(recordStatus(zone, cycle, '2022-06-01')).toBe('待验收');
    expect(
      recordStatus(zone, [...cycle, m('acceptance', '2021-06-25', 'done')], '2022-06-01'),
    ).toBe('已验收');
    expect(recordStatus(zone, [...cycle, m('extension', '2022-03-25')], '2022-06-01')).toBe(
      '已延期',
    );
    expect(
      recordStatus(
        zone,
        [m('approval', '2019-03-25', 'done'), m('final_report', '2021-03-25', 'waived')],
        '2020-01-01',
      ),
    ).toBe('已终止');
  });

  it('a written status wins; cases and lists were published, observation points confirmed', () => {
    expect(recordStatus({ ...zone, status: '已撤销' }, [], '2020-01-01')).toBe('已撤销');
    expect(recordStatus(makeRecord({ kind: 'case', status: null }), [], '2020-01-01')).toBe(
      '已公布',
    );
    expect(recordStatus(makeRecord({ kind: 'observation', status: null }), [], '2020-01-01')).toBe(
      '已确认',
    );
  });
});

describe('row heights and long text', () => {
  it('counts wrapped lines from the column width and explicit breaks', () => {
    expect(cellLines('一二三四五', 30)).toBe(1);
    expect(cellLines('一'.repeat(60), 30)).toBeGreaterThanOrEqual(4);
    expect(cellLines('甲\n乙\n丙', 30)).toBe(3);
    expect(fitRowHeight([{ text: '一'.repeat(60), width: 30 }])).toBeGreaterThan(
      fitRowHeight([{ text: '一', width: 30 }]),
    );
    expect(fitRowHeight([{ text: '一'.repeat(100_000), width: 10 }])).toBe(409);
  });

  it('cuts long text at a clause end and says where the rest is', () => {
    const t = limitText('第一句话写得很长很长。第二句话也很长很长很长。第三句。', 16, '（见全文）');
    expect(t).toBe('第一句话写得很长很长。（见全文）');
    expect(limitText('短', 20, '（见全文）')).toBe('短');
  });

  it('splits a long paragraph at full stops into row-sized pieces', () => {
    const p = '一句话。'.repeat(500);
    const pieces = chunkParagraph(p, 800);
    expect(pieces.join('')).toBe(p);
    for (const x of pieces) expect(x.length).toBeLessThanOrEqual(800);
    expect(pieces.every((x) => x.endsWith('。'))).toBe(true);
  });
});
