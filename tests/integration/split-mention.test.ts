/**
 * 拆出为新记录: a later notice's mention that joined a record moves off it, onto a new record
 * (or, 改关联, onto one already held), with its events; the record it leaves gets back its
 * values, status and duties; one operation that undo and redo replay exactly; and the next
 * notice writing the unit the same way follows the person's split, not identity. Controls: a
 * record's own first source and a record with one source cannot be split, and a line writing
 * the unit another way still joins the record as identity finds it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { mergeRecords } from '../../src/main/app/dedupe/merge-records';
import { splitMention } from '../../src/main/app/records/split-mention';
import { redo, undo } from '../../src/main/app/history/history';
import { deadlines } from '../../src/main/app/schedule/deadlines';
import { recordHistory } from '../../src/main/app/history/record-history';
import { recordPanel } from '../../src/main/db/queries/record-panel';
import { dispatch } from '../../src/main/api/dispatch';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { tempLedger } from '../support/temp-ledger';
import { textFile } from '../support/text-file';
import { acceptance } from '../support/split-notices';
import type { Ledger } from '../../src/main/db/ledger';

const CONFIRMATION = textFile('confirm-2016.txt', [
  '民政部关于同意将北京市东城区等单位确认为全国社区治理和服务创新实验区的批复',
  '民函〔2016〕88号',
  '北京市、江苏省民政厅（局）：',
  '经地方申报、专家论证，经研究，同意将北京市东城区，江苏省南京市鼓楼区，江苏省南京市秦淮区等单位确认为全国社区治理和服务创新实验区，实验时间为期三年。',
  '各实验区要按时上报年度实验计划和总结，在实验期末提交实验工作终期报告，由民政部组织结项验收。',
  '民政部',
  '2016年5月10日',
]);

const ACCEPTED = acceptance('accept-2019.txt', '2019年12月20日', [
  '1\t北京市东城区\t街区制治理创新\t优秀',
  '2\t江苏省南京市鼓楼区\t社区减负增效\t合格',
]);

let done: (() => void) | undefined;
afterEach(() => done?.());

interface Row {
  id: number;
  status: string | null;
  title: string | null;
  seq: number | null;
  region_text: string | null;
  region_code: string | null;
  unit_code: string | null;
  programme: string | null;
  merged_into: number | null;
  updated_at?: string;
}

async function ledgerWithJoin() {
  const t = await tempLedger();
  done = t.cleanup;
  const ledger: Ledger = t.ledger;
  const db = ledger.db;
  const first = await importFiles(ledger, [CONFIRMATION]);
  expect(first.failures).toEqual([]);
  const record = (id: number) => {
    const { updated_at: _, ...rest } = db
      .prepare('SELECT * FROM records WHERE id = ?')
      .get(id) as Row;
    return rest;
  };
  const zones = (place: string) =>
    (
      db
        .prepare(
          `SELECT id FROM records WHERE kind = 'zone' AND merged_into IS NULL
            AND deleted_at IS NULL AND region_text LIKE ? ORDER BY id`,
        )
        .all(`%${place}%`) as { id: number }[]
    ).map((r) => record(r.id));
  const duties = (id: number) =>
    db
      .prepare('SELECT kind, due_on, status, note FROM milestones WHERE record_id = ? ORDER BY key')
      .all(id);
  const [dongcheng] = zones('东城区');
  const confirmed = { record: record(dongcheng!.id), duties: duties(dongcheng!.id) };
  const second = await importFiles(ledger, [ACCEPTED]);
  expect(second.failures).toEqual([]);
  const mentionOf = (recordId: number, fileName: string) =>
    (
      db
        .prepare(
          `SELECT m.id FROM mentions m JOIN notices n ON n.id = m.notice_id
            WHERE m.record_id = ? AND n.file = ?`,
        )
        .get(recordId, fileName) as { id: number }
    ).id;
  return { ledger, db, zones, record, duties, confirmed, mentionOf, R: dongcheng!.id };
}

const state = (db: Ledger['db']) => ledgerFingerprint(db, { log: false });

describe('拆出为新记录', () => {
  it('moves a joined source with its event to a new record; the old record is as before the join', async () => {
    const { ledger, db, zones, record, duties, confirmed, mentionOf, R } = await ledgerWithJoin();
    // The join titled the zone and accepted it, closing its duties.
    expect(record(R)).toMatchObject({ title: '街区制治理创新', status: '已验收（优秀）' });
    expect(duties(R).some((d) => (d as { status: string }).status === 'done')).toBe(true);
    const m = mentionOf(R, 'accept-2019.txt');

    const out = splitMention(ledger, { mentionId: m });
    expect(out).toMatchObject({ fromId: R, created: true });
    const N = out.intoId;
    // The record left is exactly what the confirmation made of it: values, status and duties.
    expect(record(R)).toEqual(confirmed.record);
    expect(duties(R)).toEqual(confirmed.duties);
    // The new record: the acceptance's unit, theme, status; its duties closed by its event.
    expect(record(N)).toMatchObject({
      region_text: '北京市东城区',
      region_code: '110101',
      title: '街区制治理创新',
      status: '已验收（优秀）',
      programme: '全国社区治理和服务创新实验区',
    });
    expect(zones('东城区').map((z) => z.id)).toEqual([R, N]);
    expect(
      db
        .prepare('SELECT record_id FROM record_events')
        .all()
        .map((e) => (e as { record_id: number }).record_id),
    ).toContain(N);
    // The deadline list as of 2020: R's final report and acceptance are owed again, none of N's.
    const owed = deadlines(ledger, { asOf: '2020-01-01' }).filter(
      (d) => d.storedStatus === 'pending',
    );
    expect(owed.some((d) => d.recordId === R && d.kind === 'acceptance')).toBe(true);
    expect(owed.some((d) => d.recordId === N && d.kind === 'acceptance')).toBe(false);
    // Both panels: one source each, which cannot be split again (and says why).
    for (const id of [R, N]) {
      const panel = recordPanel(db, id);
      expect(panel.mentions).toHaveLength(1);
      expect(panel.mentions[0]!.splitBlocker).toContain('只有这一处来源');
    }
    expect(recordPanel(db, R).links.map((l) => [l.recordId, l.relationLabel])).toEqual([
      [N, '已判定为不重复'],
    ]);
    // The history names it in words.
    expect(out.summary).toMatch(
      /^拆出为新记录：《民政部办公厅关于全国社区治理.*》中的北京市东城区《街区制治理创新》从原记录拆出，另建一条记录$/,
    );
    expect(recordHistory(ledger, N).map((h) => h.sentence)).toContain(out.summary);
    expect(recordHistory(ledger, R).map((h) => h.sentence)).toContain(out.summary);
  });

  it('undo puts the ledger back row for row, and redo does it again', async () => {
    const { ledger, db, mentionOf, R } = await ledgerWithJoin();
    const before = state(db);
    splitMention(ledger, { mentionId: mentionOf(R, 'accept-2019.txt') });
    const after = state(db);
    expect(after).not.toBe(before);
    await undo(ledger);
    expect(state(db)).toBe(before);
    await redo(ledger);
    expect(state(db)).toBe(after);
    await undo(ledger);
    expect(state(db)).toBe(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('the next notice writing the unit the same way joins the new record; written otherwise, the old', async () => {
    const { ledger, db, mentionOf, R } = await ledgerWithJoin();
    const { intoId: N } = splitMention(ledger, { mentionId: mentionOf(R, 'accept-2019.txt') });
    const gulou = (
      db.prepare("SELECT id FROM records WHERE region_text LIKE '%鼓楼区'").get() as {
        id: number;
      }
    ).id;
    const again = await importFiles(ledger, [
      acceptance('accept-again.txt', '2020年3月1日', [
        '1\t北京市东城区\t街区制治理创新\t优秀',
        '2\t江苏省南京市鼓楼区\t社区减负增效\t合格',
      ]),
    ]);
    expect(again.failures).toEqual([]);
    const where = (fileName: string) =>
      db
        .prepare(
          `SELECT m.record_id AS id, m.reason FROM mentions m JOIN notices n ON n.id = m.notice_id
            WHERE n.file = ? ORDER BY m.seq`,
        )
        .all(fileName) as { id: number; reason: string }[];
    const joined = where('accept-again.txt');
    expect(joined.map((j) => j.id)).toEqual([N, gulou]);
    expect(joined[0]!.reason).toContain('按人工拆分关联');
    expect(joined[1]!.reason).toContain('身份相同');
    // No new record, no automatic merge of the two back into one.
    expect(
      (
        db
          .prepare("SELECT count(*) AS n FROM records WHERE kind = 'zone' AND merged_into IS NULL")
          .get() as { n: number }
      ).n,
    ).toBe(4);
    // The control: the unit written with another theme is no refused shape: it joins R.
    const other = await importFiles(ledger, [
      acceptance('accept-other.txt', '2020年6月1日', ['1\t北京市东城区\t社区协商民主\t良好']),
    ]);
    expect(other.failures).toEqual([]);
    expect(where('accept-other.txt').map((j) => j.id)).toEqual([R]);
  });

  it('改关联: a source moves onto the record it belongs to, which takes its values and status', async () => {
    const { ledger, db, record, mentionOf, zones } = await ledgerWithJoin();
    const [gulou] = zones('鼓楼区');
    const [qinhuai] = zones('秦淮区');
    expect(record(gulou!.id)).toMatchObject({ title: '社区减负增效', status: '已验收（合格）' });
    const before = record(gulou!.id);
    const out = splitMention(ledger, {
      mentionId: mentionOf(gulou!.id, 'accept-2019.txt'),
      into: qinhuai!.id,
    });
    expect(out).toMatchObject({ fromId: gulou!.id, intoId: qinhuai!.id, created: false });
    expect(out.summary).toMatch(
      /^改关联：《.*》中的这处来源从江苏省南京市鼓楼区《社区减负增效》移到江苏省南京市秦淮区《社区减负增效》$/,
    );
    // Its theme and status come with it; its place stays the record's own.
    expect(record(qinhuai!.id)).toMatchObject({
      title: '社区减负增效',
      status: '已验收（合格）',
      region_text: '江苏省南京市秦淮区',
      region_code: '320104',
    });
    expect(record(gulou!.id)).toMatchObject({ title: null, status: null });
    expect(record(gulou!.id)).not.toEqual(before);
    // Undone, the ledger is as it was, row for row; redone, as after.
    const after = state(db);
    await undo(ledger);
    expect(record(gulou!.id)).toEqual(before);
    await redo(ledger);
    expect(state(db)).toBe(after);
  });

  it("refuses the record's own first source and a record with one source, saying why", async () => {
    const { ledger, db, mentionOf, R } = await ledgerWithJoin();
    const own = mentionOf(R, 'confirm-2016.txt');
    const before = state(db);
    expect(() => splitMention(ledger, { mentionId: own })).toThrow(/建立这条记录的来源/);
    const qinhuai = (
      db.prepare("SELECT id FROM records WHERE region_text LIKE '%秦淮区'").get() as {
        id: number;
      }
    ).id;
    expect(() =>
      splitMention(ledger, { mentionId: mentionOf(qinhuai, 'confirm-2016.txt') }),
    ).toThrow(/只有这一处来源/);
    expect(() =>
      splitMention(ledger, { mentionId: mentionOf(R, 'accept-2019.txt'), into: R }),
    ).toThrow(/已经在这条记录上/);
    expect(state(db)).toBe(before);
    const panel = recordPanel(db, R);
    expect(panel.mentions.map((m) => m.splitBlocker === null)).toEqual([false, true]);
  });

  it('the doors validate the input and answer a refusal in Chinese', async () => {
    const { ledger, db, mentionOf, R } = await ledgerWithJoin();
    const ctx = { ledger, door: 'cli' as const };
    const before = state(db);
    for (const bad of [
      {},
      { mentionId: 0 },
      { mentionId: 'x' },
      { mentionId: 1.5 },
      { mentionId: 1, into: -2 },
      { mentionId: 1, extra: true },
    ]) {
      const r = await dispatch('records/splitMention', bad, ctx);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
    }
    const own = await dispatch(
      'records/splitMention',
      { mentionId: mentionOf(R, 'confirm-2016.txt') },
      ctx,
    );
    expect(own).toMatchObject({ ok: false, error: { code: 'split_refused' } });
    const gone = await dispatch('records/splitMention', { mentionId: 9999 }, ctx);
    expect(gone).toMatchObject({ ok: false, error: { code: 'split_gone' } });
    expect(state(db)).toBe(before);
    const ok = await dispatch(
      'records/splitMention',
      { mentionId: mentionOf(R, 'accept-2019.txt') },
      ctx,
    );
    expect(ok).toMatchObject({ ok: true, value: { fromId: R, created: true } });
  });
});

describe('拆出为新记录 after other sources and merges', () => {
  it('two joined sources split one after the other leave the record exactly as confirmed', async () => {
    const { ledger, db, record, confirmed, mentionOf, R } = await ledgerWithJoin();
    // An earlier-dated acceptance imported later takes the theme over from 2019's (earlier
    // word wins among equals), so its field's source before is the 2019 mention.
    const earlier = await importFiles(ledger, [
      acceptance('accept-2018.txt', '2018年6月1日', ['1\t北京市东城区\t社区协商民主\t良好']),
    ]);
    expect(earlier.failures).toEqual([]);
    expect(record(R)).toMatchObject({ title: '社区协商民主' });
    const { intoId: first } = splitMention(ledger, {
      mentionId: mentionOf(R, 'accept-2019.txt'),
    });
    expect(record(R)).toMatchObject({ title: '社区协商民主' });
    const before = state(db);
    splitMention(ledger, { mentionId: mentionOf(R, 'accept-2018.txt') });
    // Not 2019's theme back, with a source that now lives on the record split off first.
    expect(record(R)).toEqual(confirmed.record);
    const stray = db
      .prepare(
        `SELECT f.field FROM field_provenance f JOIN mentions m ON m.id = f.mention_id
          WHERE f.record_id = ? AND m.record_id <> f.record_id`,
      )
      .all(R);
    expect(stray).toEqual([]);
    expect(record(first)).toMatchObject({ title: '街区制治理创新' });
    await undo(ledger);
    expect(state(db)).toBe(before);
  });

  it('merged back together by a person, the next notice writing it the same way joins it', async () => {
    const { ledger, db, mentionOf, R } = await ledgerWithJoin();
    const { intoId: N } = splitMention(ledger, { mentionId: mentionOf(R, 'accept-2019.txt') });
    mergeRecords(ledger, { ids: [R, N], survivorId: R });
    const again = await importFiles(ledger, [
      acceptance('accept-again.txt', '2020年3月1日', ['1\t北京市东城区\t街区制治理创新\t优秀']),
    ]);
    expect(again.failures).toEqual([]);
    const ids = db
      .prepare(
        `SELECT m.record_id AS id FROM mentions m JOIN notices n ON n.id = m.notice_id
          WHERE n.file = 'accept-again.txt'`,
      )
      .all();
    // Not a third record: the merge took the person's split back.
    expect(ids).toEqual([{ id: R }]);
  });

  it('moved back onto its record by a person, the next notice follows the latest judgement', async () => {
    const { ledger, db, mentionOf, R } = await ledgerWithJoin();
    const { intoId: N } = splitMention(ledger, { mentionId: mentionOf(R, 'accept-2019.txt') });
    const same = (name: string, date: string) =>
      acceptance(name, date, ['1\t北京市东城区\t街区制治理创新\t优秀']);
    expect((await importFiles(ledger, [same('accept-d.txt', '2020年3月1日')])).failures).toEqual(
      [],
    );
    const recordOf = (fileName: string) =>
      (
        db
          .prepare(
            `SELECT m.record_id AS id FROM mentions m JOIN notices n ON n.id = m.notice_id
              WHERE n.file = ?`,
          )
          .get(fileName) as { id: number }
      ).id;
    expect(recordOf('accept-d.txt')).toBe(N);
    const before = state(db);
    // The person says this way of writing belongs to R after all.
    splitMention(ledger, { mentionId: mentionOf(N, 'accept-d.txt'), into: R });
    const after = state(db);
    await undo(ledger);
    expect(state(db)).toBe(before);
    await redo(ledger);
    expect(state(db)).toBe(after);
    expect((await importFiles(ledger, [same('accept-e.txt', '2020年5月1日')])).failures).toEqual(
      [],
    );
    expect(recordOf('accept-e.txt')).toBe(R);
  });
});
