/**
 * Changing a notice's role after import (notices/update) re-weighs what it contributed, in
 * one undoable operation: read as an acceptance, a progress report tells every zone it names
 * accepted and closes their duties; read back as a report, that is taken back; a notice
 * turned into news gives way to the official notices — its status to theirs, its wording of
 * a theme to their silence.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { seriesFiles } from '../support/series/series-files';

const SCHEDULE = path.join(__dirname, '..', 'fixtures', 'schedule');

describe('a notice whose role is changed after import', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  async function ledger() {
    const t = await apiLedger();
    cleanup = t.cleanup;
    const sendFixture = (name: string) =>
      t.importFile(name, readFileSync(path.join(SCHEDULE, name)));
    return { ...t, sendFixture };
  }

  it('a progress report read as an acceptance accepts the zones it names; read back, it does not', async () => {
    const files = await seriesFiles('national-zones-2019');
    const { db, call, importFile } = await ledger();
    const file = (stem: string) => files.find((f) => f.stem === stem)!;
    await importFile(file('01-confirmation').name, file('01-confirmation').bytes);
    const progress = await importFile(file('02-progress').name, file('02-progress').bytes);
    const statuses = () =>
      (
        db
          .prepare(
            `SELECT status FROM records WHERE kind = 'zone' AND merged_into IS NULL AND deleted_at IS NULL`,
          )
          .all() as { status: string | null }[]
      ).map((r) => r.status);
    const open = () =>
      (
        db
          .prepare(
            `SELECT count(*) AS n FROM milestones WHERE record_id IS NOT NULL AND status = 'pending'`,
          )
          .get() as { n: number }
      ).n;
    expect(new Set(statuses())).toEqual(new Set([null]));
    const openBefore = open();
    expect(openBefore).toBeGreaterThan(0);
    const before = ledgerFingerprint(db, { log: false });

    await call('notices/update', { id: progress, role: 'acceptance' });
    expect(statuses()).toHaveLength(31);
    expect(new Set(statuses())).toEqual(new Set(['已验收']));
    const events = db
      .prepare('SELECT status, sentence FROM record_events WHERE notice_id = ?')
      .all(progress) as { status: string; sentence: string }[];
    expect(events).toHaveLength(31);
    expect(open()).toBe(0);

    await call('notices/update', { id: progress, role: 'progress_report' });
    expect(new Set(statuses())).toEqual(new Set([null]));
    expect(db.prepare('SELECT count(*) AS n FROM record_events').get()).toEqual({ n: 0 });
    expect(open()).toBe(openBefore);

    // Each change is one operation: two undos bring the ledger back exactly.
    await call('history/undo', {});
    expect(new Set(statuses())).toEqual(new Set(['已验收']));
    await call('history/undo', {});
    expect(ledgerFingerprint(db, { log: false })).toBe(before);
  }, 180_000);

  it('an official result turned into news gives way: the earlier official result decides again', async () => {
    const { db, call, sendFixture } = await ledger();
    await sendFixture('three-year-approval.txt');
    await sendFixture('failed-acceptance.txt');
    const passed = await sendFixture('re-acceptance.txt');
    const gulou = () =>
      db
        .prepare(
          `SELECT r.status, (SELECT status FROM milestones m WHERE m.record_id = r.id
                  AND m.kind = 're_acceptance') AS again
             FROM records r WHERE r.region_code = '320106'`,
        )
        .get() as { status: string; again: string };
    expect(gulou()).toEqual({ status: '已验收', again: 'done' });

    await call('notices/update', { id: passed, role: 'news' });
    // The news item still tells its story as an event, but the Ministry's 未通过 decides.
    expect(gulou()).toEqual({ status: '未通过', again: 'pending' });
    await call('history/undo', {});
    expect(gulou()).toEqual({ status: '已验收', again: 'done' });
  }, 180_000);

  it('outcomes a notice states line by line stay whatever its role is called', async () => {
    const { db, call, sendFixture } = await ledger();
    await sendFixture('three-year-approval.txt');
    const result = await sendFixture('failed-acceptance.txt');
    const statuses = () =>
      db.prepare('SELECT status FROM records ORDER BY region_code').all() as { status: string }[];
    const before = statuses();
    expect(before.map((r) => r.status)).toEqual(['已验收（优秀）', '未通过', '已验收（合格）']);
    await call('notices/update', { id: result, role: 'progress_report' });
    expect(statuses()).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM record_events').get()).toEqual({ n: 3 });
  }, 180_000);

  it('a confirmation turned into news no longer holds its themes against an official notice', async () => {
    const { db, call, sendFixture } = await ledger();
    const approval = await sendFixture('three-year-approval.txt');
    await sendFixture('failed-acceptance.txt');
    const titles = () =>
      (
        db.prepare('SELECT title FROM records ORDER BY region_code').all() as {
          title: string | null;
        }[]
      ).map((r) => r.title);
    expect(titles()).toEqual(['街区制治理创新', '社区减负增效', '社区协商民主']);
    await call('notices/update', { id: approval, role: 'news' });
    // The acceptance result is official and silent on themes: a newspaper's wording goes.
    expect(titles()).toEqual([null, null, null]);
    await call('notices/update', { id: approval, role: 'confirmation' });
    expect(titles()).toEqual(['街区制治理创新', '社区减负增效', '社区协商民主']);
  }, 180_000);
});
