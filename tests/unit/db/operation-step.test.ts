/**
 * A step whose only operation was rolled back (a file failing in its savepoint) is no step to
 * go on with: its id is free again, and the next operation written — another door's, or
 * another click's — may get it. The click's next file starts a step of its own instead.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import { committedStep, inStep, type UndoStep } from '../../../src/main/db/write/operation-step';
import { undoLast } from '../../../src/main/db/write/replay';
import { withOperation } from '../../../src/main/db/write/with-operation';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function ledger() {
  const dir = tempDir();
  const db = openDatabase(path.join(dir.dir, 'l.sqlite'));
  cleanups.push(() => {
    db.close();
    dir.cleanup();
  });
  await migrate(db, {});
  return db;
}

describe('operation steps', () => {
  it('a step rolled back whole is not given back to go on with', async () => {
    const db = await ledger();
    const set = (value: string) =>
      withOperation({ db }, { kind: 'edit', summary: value }, (tx) => {
        tx.setSetting('issuing_unit', value);
        if (value === '坏') throw new Error('a file failing in its savepoint');
      });
    set('甲');
    const click: UndoStep = { id: null };
    expect(() => inStep(db, click, () => set('坏'))).toThrow();
    // said at the end of the failing call, as the import's outcome says it
    const next = committedStep(db, click);
    expect(next).toBeNull();

    // another click takes the freed id; the first click's next file does not join it
    const other: UndoStep = { id: null };
    inStep(db, other, () => set('乙'));
    expect(other.id).toBe(click.id);
    inStep(db, { id: next }, () => set('丙'));
    expect(undoLast(db)?.steps).toBe(1);
    expect(undoLast(db)?.steps).toBe(1);
  });

  it("a merge nested in a file's operation joins the file's step", async () => {
    const db = await ledger();
    const click: UndoStep = { id: null };
    const set = (key: string) => (tx: { setSetting: (k: string, v: string) => boolean }) =>
      tx.setSetting(key, '是');
    inStep(db, click, () =>
      withOperation({ db }, { kind: 'import', summary: '一' }, (tx) => {
        set('a')(tx);
        withOperation({ db }, { kind: 'merge', summary: '并', actor: 'auto' }, set('b'));
      }),
    );
    inStep(db, click, () => withOperation({ db }, { kind: 'import', summary: '二' }, set('c')));
    expect(db.prepare('SELECT DISTINCT step FROM operations').all()).toEqual([{ step: click.id }]);
    expect(undoLast(db)?.steps).toBe(3);
    expect(db.prepare("SELECT key FROM settings WHERE key IN ('a', 'b', 'c')").all()).toEqual([]);
  });
});
