/**
 * The reviewer re-points or detaches a later notice's joins in the preview: the dry run
 * shows the choice, and the commit honours it — one item joined to the record the reviewer
 * named (with the reason saying so), one made a record of its own; one undo takes it all.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import type { MethodName } from '../../src/shared/api-methods';
import type { MethodInput, MethodOutput } from '../../src/shared/contract';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { seriesFiles } from '../support/series/series-files';
import { tempLedger } from '../support/temp-ledger';

describe('join choices made in the import preview', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  /** The series' files and a fresh ledger with a CLI door to call. */
  const opened = async () => {
    const files = await seriesFiles('national-zones-2019');
    const t = await tempLedger();
    cleanup = t.cleanup;
    const ctx: ApiContext = { ledger: t.ledger, door: 'cli' };
    const call = async <M extends MethodName>(m: M, input: MethodInput<M>) => {
      const r = await dispatch(m, input, ctx);
      if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
      return r.value as MethodOutput<M>;
    };
    return { files, t, ctx, call };
  };

  it('re-points one mention and detaches another; the commit is what the preview showed', async () => {
    const { files, t, call } = await opened();
    const file = (stem: string) => {
      const f = files.find((x) => x.stem === stem)!;
      return { name: f.name, dataBase64: Buffer.from(f.bytes).toString('base64') };
    };
    await call('import/files', { files: [file('01-confirmation')] });
    const db = t.ledger.db;
    const before = ledgerFingerprint(db, { log: false });

    const plain = (await call('import/files', { files: [file('02-progress')], dryRun: true }))
      .files[0]!;
    expect(plain.changes!.joined).toHaveLength(31);
    // Item 0 goes to the record identity gave item 1; item 2 is detached.
    const [first, second, third] = plain.recordIds;
    const joins = [
      { index: 0, recordId: second! },
      { index: 2, recordId: null },
    ];
    const preview = (
      await call('import/files', { files: [{ ...file('02-progress'), joins }], dryRun: true })
    ).files[0]!;
    expect(ledgerFingerprint(db, { log: false })).toBe(before);
    expect(preview.recordIds[0]).toBe(second);
    expect(preview.recordIds[2]).not.toBe(third);
    expect(preview.changes!.created).toHaveLength(1);
    expect(preview.changes!.joined).toHaveLength(30);
    // Detaching is the reviewer's choice, not a unit still waiting for its confirmation.
    expect(preview.changes!.unconfirmed).toBe(0);
    expect(preview.changes!.joined.find((j) => j.index === 0)!.reason).toBe('审核人指定关联');
    expect(
      preview.changes!.joined.find((j) => j.recordId === second && j.reason === '审核人指定关联'),
    ).toBeTruthy();

    const done = (await call('import/files', { files: [{ ...file('02-progress'), joins }] }))
      .files[0]!;
    expect(done.changes!.created).toHaveLength(1);
    expect(done.changes!.joined).toHaveLength(30);
    const mentionsOf = (id: number) =>
      db
        .prepare(
          `SELECT m.joined, m.reason FROM mentions m JOIN notices n ON n.id = m.notice_id
            WHERE m.record_id = ? AND n.file = ? ORDER BY m.id`,
        )
        .all(id, file('02-progress').name) as { joined: number; reason: string | null }[];
    // The re-pointed item and the one identity joined both land on the chosen record.
    expect(mentionsOf(second!).map((m) => m.reason)).toContain('审核人指定关联');
    expect(mentionsOf(first!)).toEqual([]);
    expect(mentionsOf(third!)).toEqual([]);
    const fresh = done.recordIds[2]!;
    expect(fresh).not.toBe(third);
    expect(mentionsOf(fresh)).toEqual([{ joined: 0, reason: null }]);

    await call('history/undo', {});
    expect(ledgerFingerprint(db, { log: false })).toBe(before);
  }, 180_000);

  it('keeps a detached record apart from the record refused only: it still meets its other duplicates', async () => {
    const { files, t, call } = await opened();
    const f = files.find((x) => x.stem === '02-progress')!;
    const progress = (bytes: Uint8Array, name = f.name) => ({
      name,
      dataBase64: Buffer.from(bytes).toString('base64'),
    });
    const confirmation = files.find((x) => x.stem === '01-confirmation')!;
    await call('import/files', { files: [progress(confirmation.bytes, confirmation.name)] });
    const db = t.ledger.db;
    const live = (id: number) =>
      db.prepare('SELECT merged_into FROM records WHERE id = ?').get(id) as {
        merged_into: number | null;
      };
    const survivor = (id: number): number => live(id).merged_into ?? id;

    // The reviewer detaches item 2 from the zone identity found: a record of its own.
    const plain = (await call('import/files', { files: [progress(f.bytes)], dryRun: true }))
      .files[0]!;
    const refused = plain.recordIds[2]!;
    const first = (
      await call('import/files', {
        files: [{ ...progress(f.bytes), joins: [{ index: 2, recordId: null }] }],
      })
    ).files[0]!;
    const detached = first.recordIds[2]!;
    expect(detached).not.toBe(refused);
    expect(survivor(detached)).toBe(detached);
    expect(survivor(refused)).toBe(refused);

    // A second copy of the report, its item 2 detached again from whatever identity proposed:
    // the new record meets the duplicate it was not detached from, never the one refused.
    const copy = new Uint8Array([...f.bytes, ...Buffer.from('\n')]);
    const again = (
      await call('import/files', { files: [progress(copy, `copy-${f.name}`)], dryRun: true })
    ).files[0]!;
    const refusedAgain = again.recordIds[2]!;
    const other = refusedAgain === refused ? detached : refused;
    const second = (
      await call('import/files', {
        files: [{ ...progress(copy, `copy-${f.name}`), joins: [{ index: 2, recordId: null }] }],
      })
    ).files[0]!;
    const made = second.recordIds[2]!;
    expect(second.changes!.created).toContain(made);
    expect(survivor(made)).not.toBe(survivor(refusedAgain));
    const pending = (
      db
        .prepare(`SELECT record_a, record_b FROM pair_decisions WHERE decision = 'not_duplicate'`)
        .all() as { record_a: number; record_b: number }[]
    ).map((p) => [p.record_a, p.record_b].sort((a, b) => a - b).join('-'));
    expect(pending).toContain([made, refusedAgain].sort((a, b) => a - b).join('-'));
    // Met by the import's duplicate check, not skipped: merged into the other duplicate.
    expect(second.changes!.autoMerged).toBe(1);
    expect(survivor(made)).toBe(survivor(other));
  }, 180_000);

  it('refuses a choice of a record that is not in the ledger', async () => {
    const { files, ctx } = await opened();
    const f = files.find((x) => x.stem === '02-progress')!;
    const r = await dispatch(
      'import/files',
      {
        files: [
          {
            name: f.name,
            dataBase64: Buffer.from(f.bytes).toString('base64'),
            joins: [{ index: 0, recordId: 999 }],
          },
        ],
        dryRun: true,
      },
      ctx,
    );
    expect(r.ok).toBe(true);
    const outcome = (r as { value: MethodOutput<'import/files'> }).value;
    expect(outcome.failures[0]!.message).toContain('指定关联的记录已不存在');
  }, 180_000);
});
