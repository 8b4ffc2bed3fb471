/**
 * The same list chosen twice in one batch (as Word and as text, or published again): the
 * commit writes the first and the second joins its records, so the second's preview is
 * analysed with the first written first and says 关联已有, not 新建 (beforeOf,
 * commit-order.ts). Controls: a confirmation naming no unit the other names, and the first of
 * the two, are the same alone and are not analysed again; nor is a list of another programme
 * or kind naming the same county, or one sharing only the province's code (lists of one
 * province mostly share some code); a later-role notice still has every confirmation first.
 */
import { describe, expect, it } from 'vitest';
import type { NoticeRole } from '../../../src/shared/notice-roles';
import { beforeOf } from '../../../src/renderer/src/features/import/commit-order';
import { redoAfterAnalysis } from '../../../src/renderer/src/features/import/joined-preview';

const ZONES = '全国社区治理和服务创新实验区';
const file = (
  key: string,
  role: NoticeRole,
  codes: string[],
  programme = ZONES,
  kind = 'zone',
) => ({
  key,
  stage: 'preview',
  dataBase64: 'AA==',
  notice: { role },
  records: codes.map((regionCode) => ({ kind, programme, regionCode, unitCode: regionCode })),
});

const word = file('第二批.docx', 'confirmation', ['110108', '110228', '120110']);
const text = file('第二批.txt', 'confirmation', ['110108', '110228', '120110']);
const gansu = file('甘肃.pdf', 'confirmation', ['620102', '620200']);
const report = file('通报.docx', 'progress_report', ['620102']);
const keys = (fs: { key: string }[]) => fs.map((f) => f.key);

describe('a confirmation naming the units of one ahead of it', () => {
  const session = [gansu, word, text, report];

  it('has that one written first; the first of the two and one naming others have none', () => {
    expect(keys(beforeOf(session, text))).toEqual(['第二批.docx']);
    expect(beforeOf(session, word)).toEqual([]);
    expect(beforeOf(session, gansu)).toEqual([]);
    // A confirmation with no coded unit is never analysed again.
    expect(beforeOf([word, file('x', 'confirmation', [])], file('x', 'confirmation', []))).toEqual(
      [],
    );
  });

  it('is analysed again after the batch; the later notice has every confirmation first', () => {
    const redo = redoAfterAnalysis(session, new Set(session.map((f) => f.key)));
    expect(redo.map((r) => [r.file.key, keys(r.first)])).toEqual([
      ['第二批.txt', ['第二批.docx']],
      ['通报.docx', ['甘肃.pdf', '第二批.docx', '第二批.txt']],
    ]);
  });
});

describe('lists of one province that name no record of each other', () => {
  it('are not analysed again, though they share a county or the province code', () => {
    // Another programme naming the same county (110108), and a case list whose rows are
    // placed at the county and at the province only: no row could join the first list's.
    const models = file('示范社区.docx', 'confirmation', ['110108', '110000'], '和谐社区建设示范');
    const cases = file('案例.docx', 'confirmation', ['110108', '110000'], ZONES, 'case');
    const session = [word, models, cases];
    expect(beforeOf(session, models)).toEqual([]);
    expect(beforeOf(session, cases)).toEqual([]);
    expect(redoAfterAnalysis(session, new Set(session.map((f) => f.key)))).toEqual([]);
    // The same programme's list naming the county again still has the first written first.
    const again = file('再次公布.txt', 'confirmation', ['110108']);
    expect(keys(beforeOf([...session, again], again))).toEqual(['第二批.docx']);
  });
});
