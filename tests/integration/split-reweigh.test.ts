/**
 * After 拆出为新记录, the record left is what importing its remaining sources in order would
 * give: a later notice's value that lost to the split source takes the field again. Compared
 * field for field (and source for source) with a ledger that never had the split notice.
 * Controls: a later notice that would lose anyway (news under an official notice) leaves the
 * value as before, and a retold mention (提及前批) weighs nothing.
 */
import { describe, expect, it } from 'vitest';
import { splitMention } from '../../src/main/app/records/split-mention';
import { applyEdits } from '../../src/main/app/records/edit-records';
import { redo, undo } from '../../src/main/app/history/history';
import { IMPORTED_COLUMNS } from '../../src/shared/record-fields';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { importedLedgerHandles } from '../support/imported-ledger';
import { textFile } from '../support/text-file';
import { acceptance, mentionOf } from '../support/split-notices';
import type { Ledger } from '../../src/main/db/ledger';

const CONFIRMATION = textFile('confirm-2016.txt', [
  '民政部关于同意将北京市东城区等单位确认为全国社区治理和服务创新实验区的批复',
  '民函〔2016〕88号',
  '北京市、江苏省民政厅（局）：',
  '经地方申报、专家论证，经研究，同意将北京市东城区，江苏省南京市鼓楼区等单位确认为全国社区治理和服务创新实验区，实验时间为期三年。',
  '各实验区要按时上报年度实验计划和总结，在实验期末提交实验工作终期报告，由民政部组织结项验收。',
  '民政部',
  '2016年5月10日',
]);

/** The middle notice: earliest-dated of the two acceptances, so it wins the theme. */
const WRONG = acceptance('accept-2019.txt', '2019年12月20日', [
  '1\t北京市东城区\t街区制治理创新\t优秀',
]);
/** The later notice: imported after, dated after, so its theme lost to the middle one's. */
const LATER = acceptance('accept-2020.txt', '2020年6月1日', [
  '1\t北京市东城区\t社区协商民主\t良好',
]);

const ledgerOf = importedLedgerHandles();

const dongcheng = (db: Ledger['db']) =>
  (
    db
      .prepare(
        `SELECT id FROM records WHERE region_text LIKE '%东城区' AND merged_into IS NULL
          ORDER BY id LIMIT 1`,
      )
      .get() as { id: number }
  ).id;

/** The record as its sources made it: every imported field, and which notice is its source. */
function madeOf(db: Ledger['db'], id: number) {
  const row = db.prepare('SELECT * FROM records WHERE id = ?').get(id) as Record<string, unknown>;
  const sources = db
    .prepare(
      `SELECT f.field, n.file FROM field_provenance f
         LEFT JOIN mentions m ON m.id = f.mention_id LEFT JOIN notices n ON n.id = m.notice_id
        WHERE f.record_id = ? ORDER BY f.field`,
    )
    .all(id);
  const duties = db
    .prepare('SELECT kind, due_on, status FROM milestones WHERE record_id = ? ORDER BY key')
    .all(id);
  return {
    fields: Object.fromEntries(IMPORTED_COLUMNS.map((c) => [c, row[c]])),
    sources,
    duties,
  };
}

describe('拆出为新记录: the record left is weighed again from the sources it keeps', () => {
  it('three notices, the middle split: the record is what the first and third alone give', async () => {
    const ledger = await ledgerOf(CONFIRMATION, WRONG, LATER);
    const db = ledger.db;
    const R = dongcheng(db);
    // The middle notice holds the theme: the later one lost to it (earlier word among equals).
    expect(madeOf(db, R).fields).toMatchObject({ title: '街区制治理创新' });
    const never = await ledgerOf(CONFIRMATION, LATER);
    const expected = madeOf(never.db, dongcheng(never.db));
    expect(expected.fields).toMatchObject({ title: '社区协商民主', status: '已验收（良好）' });

    const before = ledgerFingerprint(db, { log: false });
    splitMention(ledger, { mentionId: mentionOf(db, R, 'accept-2019.txt') });
    expect(madeOf(db, R)).toEqual(expected);

    const after = ledgerFingerprint(db, { log: false });
    await undo(ledger);
    expect(ledgerFingerprint(db, { log: false })).toBe(before);
    await redo(ledger);
    expect(ledgerFingerprint(db, { log: false })).toBe(after);
  });

  it('control: a value a person typed after the later notice is never weighed over', async () => {
    const ledger = await ledgerOf(CONFIRMATION, WRONG, LATER);
    const db = ledger.db;
    const R = dongcheng(db);
    applyEdits(ledger, [{ id: R, field: 'title', value: '人工核定的主题' }], 'edit');
    const before = ledgerFingerprint(db, { log: false });
    splitMention(ledger, { mentionId: mentionOf(db, R, 'accept-2019.txt') });
    expect(madeOf(db, R).fields).toMatchObject({ title: '人工核定的主题' });
    expect(madeOf(db, R).sources).toContainEqual({ field: 'title', file: null });
    await undo(ledger);
    expect(ledgerFingerprint(db, { log: false })).toBe(before);
  });

  it('control: a later notice that lost for another reason still loses', async () => {
    // The later notice is dated before the middle one only in import order, not by date: a
    // notice dated later than the confirmation's own words never takes a confirmed field.
    const CONFIRMED_TITLE = textFile('confirm-titled.txt', [
      '民政部关于确认全国社区治理和服务创新实验区的通知',
      '各省、自治区、直辖市民政厅（局）：',
      '经研究，确认以下单位为全国社区治理和服务创新实验区，实验时间为期三年。',
      '序号\t实验区\t实验主题',
      '1\t北京市东城区\t社区治理创新',
      '民政部',
      '2016年5月10日',
    ]);
    const ledger = await ledgerOf(CONFIRMED_TITLE, WRONG, LATER);
    const db = ledger.db;
    const R = dongcheng(db);
    const never = await ledgerOf(CONFIRMED_TITLE, LATER);
    const expected = madeOf(never.db, dongcheng(never.db));
    splitMention(ledger, { mentionId: mentionOf(db, R, 'accept-2019.txt') });
    expect(madeOf(db, R)).toEqual(expected);
    expect(madeOf(db, R).fields).toMatchObject({ title: '社区治理创新' });
  });
});
