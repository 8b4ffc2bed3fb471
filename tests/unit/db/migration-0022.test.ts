/**
 * Migration 0022 gives operations a step: a ledger logged before it keeps every operation
 * its own undo step, listed and undone one at a time as before, and a click after it groups.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { openDatabase } from '../../../src/main/db/open-database';
import { inStep } from '../../../src/main/db/write/operation-step';
import { undoLast } from '../../../src/main/db/write/replay';
import { withOperation } from '../../../src/main/db/write/with-operation';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const NOW = '2026-01-01T00:00:00Z';

describe('migration 0022 (operation steps)', () => {
  it('keeps an old log one operation a step; a step after it is undone whole', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir.dir, 'l.sqlite'));
    cleanups.push(() => {
      db.close();
      dir.cleanup();
    });
    await migrate(db, { target: 21 });
    const setting = (value: string) =>
      withOperation({ db }, { kind: 'edit', summary: `设置 ${value}` }, (tx) =>
        tx.setSetting('issuing_unit', value),
      );
    setting('甲');
    setting('乙');
    await migrate(db, {});
    const steps = db.prepare('SELECT step FROM operations ORDER BY id').all();
    expect(steps).toEqual([{ step: null }, { step: null }]);

    const click = { id: null };
    inStep(db, click, () => setting('丙'));
    inStep(db, click, () => setting('丁'));
    const value = () =>
      (
        db.prepare("SELECT value FROM settings WHERE key = 'issuing_unit'").get() as
          { value: string } | undefined
      )?.value;
    expect(value()).toBe('丁');
    expect(undoLast(db, NOW)?.steps).toBe(2);
    expect(value()).toBe('乙');
    expect(undoLast(db, NOW)?.steps).toBe(1);
    expect(value()).toBe('甲');
  });
});
