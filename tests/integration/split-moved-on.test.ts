/**
 * The split's leftovers: a street split off a city bureau's notice is placed where that notice
 * placed it (its city, not a namesake county of another province); and a source that a split
 * weighed again on the record it stayed on, moved on in turn (改关联到…), leaves that record
 * as its own source alone made it — not holding the value of the source split off first,
 * which lives on another record. Each one operation that undo and redo replay exactly.
 * Controls: the other street of the notice stays as imported; the record moved onto keeps the
 * earlier-dated theme it holds (the source moved on loses to it there).
 */
import { describe, expect, it } from 'vitest';
import { splitMention } from '../../src/main/app/records/split-mention';
import { redo, undo } from '../../src/main/app/history/history';
import { applyEdits } from '../../src/main/app/records/edit-records';
import { IMPORTED_COLUMNS } from '../../src/shared/record-fields';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { importedLedgerHandles } from '../support/imported-ledger';
import { textFile } from '../support/text-file';
import { mentionOf } from '../support/split-notices';
import type { Ledger } from '../../src/main/db/ledger';

const ledgerOf = importedLedgerHandles();

const state = (db: Ledger['db']) => ledgerFingerprint(db, { log: false });

const recordAt = (db: Ledger['db'], place: string) =>
  (
    db
      .prepare(
        `SELECT id FROM records WHERE region_text LIKE ? AND merged_into IS NULL
          ORDER BY id LIMIT 1`,
      )
      .get(`%${place}`) as { id: number }
  ).id;

const placeOf = (db: Ledger['db'], id: number) =>
  db
    .prepare(
      'SELECT region_code, unit_code, province, city, county, town FROM records WHERE id = ?',
    )
    .get(id);

describe('拆出为新记录: a street of a city bureau’s notice', () => {
  /** A city bureau's list of its streets, written bare: the city is the issuer's. */
  const NAMED = textFile('nj-2019.txt', [
    '南京市民政局关于公布南京市社区治理创新实验区名单的通知',
    '宁民基〔2019〕12号',
    '各区民政局：',
    '经区级推荐、专家评审，确定以下街道为南京市社区治理创新实验区，实验期为两年。',
    '1. 宁海路街道',
    '2. 湖南路街道',
    '南京市民政局',
    '2019年3月1日',
  ]);
  const ACCEPTED = textFile('nj-2021.txt', [
    '南京市民政局关于公布南京市社区治理创新实验区验收结果的通知',
    '各区民政局：',
    '按照实验区工作安排，市民政局组织开展了实验区结项验收。经验收，以下实验区验收合格：',
    '1. 宁海路街道',
    '2. 湖南路街道',
    '南京市民政局',
    '2021年3月1日',
  ]);

  it('lands in the city the notice placed it in, not in 宁海县 of another province', async () => {
    const ledger = await ledgerOf(NAMED, ACCEPTED);
    const db = ledger.db;
    const R = recordAt(db, '宁海路街道');
    const other = recordAt(db, '湖南路街道');
    const imported = placeOf(db, R);
    expect(imported).toMatchObject({ unit_code: '320106001', city: '南京市' });
    const otherBefore = placeOf(db, other);
    const before = state(db);

    const out = splitMention(ledger, { mentionId: mentionOf(db, R, 'nj-2021.txt') });
    // The new record is placed as the import placed the street: 南京市鼓楼区宁海路街道.
    expect(placeOf(db, out.intoId)).toEqual(imported);
    // Control: the notice's other street is not touched.
    expect(placeOf(db, other)).toEqual(otherBefore);

    const after = state(db);
    await undo(ledger);
    expect(state(db)).toBe(before);
    await redo(ledger);
    expect(state(db)).toBe(after);
  });
});

describe('改关联到…: a source moved on after a split weighed it again', () => {
  const CONFIRMATION = textFile('confirm-2016.txt', [
    '民政部关于同意将北京市东城区等单位确认为全国社区治理和服务创新实验区的批复',
    '民函〔2016〕88号',
    '北京市、江苏省民政厅（局）：',
    '经地方申报、专家论证，经研究，同意将北京市东城区，江苏省南京市鼓楼区等单位确认为全国社区治理和服务创新实验区，实验时间为期三年。',
    '各实验区要按时上报年度实验计划和总结，在实验期末提交实验工作终期报告，由民政部组织结项验收。',
    '民政部',
    '2016年5月10日',
  ]);
  const acceptance = (name: string, date: string, row: string) =>
    textFile(name, [
      '民政部办公厅关于全国社区治理和服务创新实验区结项验收结果的通知',
      '各有关省、直辖市民政厅（局）：',
      '民政部组织开展了实验区结项验收工作。现将验收结果通知如下：',
      '序号\t实验区\t实验主题\t验收结果',
      row,
      '民政部办公厅',
      date,
    ]);
  const WRONG = acceptance(
    'accept-2019.txt',
    '2019年12月20日',
    '1\t北京市东城区\t街区制治理创新\t优秀',
  );
  const LATER = acceptance(
    'accept-2020.txt',
    '2020年6月1日',
    '1\t北京市东城区\t社区协商民主\t良好',
  );

  /** The record's imported values and which notice each field is from. */
  function madeOf(db: Ledger['db'], id: number) {
    const row = db.prepare('SELECT * FROM records WHERE id = ?').get(id) as Record<string, unknown>;
    const sources = db
      .prepare(
        `SELECT f.field, n.file FROM field_provenance f
           LEFT JOIN mentions m ON m.id = f.mention_id LEFT JOIN notices n ON n.id = m.notice_id
          WHERE f.record_id = ? ORDER BY f.field`,
      )
      .all(id);
    return { fields: Object.fromEntries(IMPORTED_COLUMNS.map((c) => [c, row[c]])), sources };
  }

  it('the record it left is what its own source alone gives; the record it joined weighs it', async () => {
    const ledger = await ledgerOf(CONFIRMATION, WRONG, LATER);
    const db = ledger.db;
    const R = recordAt(db, '东城区');
    const T = recordAt(db, '鼓楼区');
    const confirmedOnly = await ledgerOf(CONFIRMATION);
    const expected = madeOf(confirmedOnly.db, recordAt(confirmedOnly.db, '东城区'));
    const start = state(db);

    // The 2019 acceptance moves to 鼓楼区: the 2020 one is weighed again on 东城区 and wins.
    splitMention(ledger, { mentionId: mentionOf(db, R, 'accept-2019.txt'), into: T });
    expect(madeOf(db, R).fields).toMatchObject({ title: '社区协商民主' });
    const once = state(db);

    // Then the 2020 acceptance moves on too: 东城区 is as the confirmation alone made it.
    splitMention(ledger, { mentionId: mentionOf(db, R, 'accept-2020.txt'), into: T });
    expect(madeOf(db, R)).toEqual(expected);
    // Control: on 鼓楼区 the earlier-dated theme it holds still wins over the one moved on.
    expect(madeOf(db, T).fields).toMatchObject({ title: '街区制治理创新' });
    expect(madeOf(db, T).sources).toContainEqual({ field: 'title', file: 'accept-2019.txt' });
    const twice = state(db);

    await undo(ledger);
    expect(state(db)).toBe(once);
    await undo(ledger);
    expect(state(db)).toBe(start);
    await redo(ledger);
    await redo(ledger);
    expect(state(db)).toBe(twice);
  });

  it('split, a person’s edit, moved on, split again: the edit stands; undo and redo replay each', async () => {
    const ledger = await ledgerOf(CONFIRMATION, WRONG, LATER);
    const db = ledger.db;
    const R = recordAt(db, '东城区');
    const T = recordAt(db, '鼓楼区');
    const states = [state(db)];
    splitMention(ledger, { mentionId: mentionOf(db, R, 'accept-2019.txt') });
    states.push(state(db));
    applyEdits(ledger, [{ id: R, field: 'title', value: '人工核定的主题' }], 'edit');
    states.push(state(db));
    splitMention(ledger, { mentionId: mentionOf(db, R, 'accept-2020.txt'), into: T });
    expect(madeOf(db, R).fields).toMatchObject({ title: '人工核定的主题' });
    states.push(state(db));
    const moved = splitMention(ledger, { mentionId: mentionOf(db, T, 'accept-2020.txt') });
    expect(moved).toBeTruthy();
    expect(madeOf(db, R).fields).toMatchObject({ title: '人工核定的主题' });
    states.push(state(db));
    for (let i = states.length - 2; i >= 0; i--) {
      await undo(ledger);
      expect(state(db)).toBe(states[i]);
    }
    for (let i = 1; i < states.length; i++) {
      await redo(ledger);
      expect(state(db)).toBe(states[i]);
    }
  });
});
