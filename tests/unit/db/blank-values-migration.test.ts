/**
 * Migration 24: a ledger whose imports stored '' for a zone's unwritten title (and any other
 * blank text) holds no value there afterwards, as a value cleared by hand does; written values,
 * and the search rows of the records it touched, stay right.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { blankValuesNull } from '../../../src/main/db/migrations/0024-blank-values-null';
import { openDatabase } from '../../../src/main/db/open-database';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('migration 24: blank record text is no value', () => {
  it('turns blank titles, units and contents into NULL and leaves written ones', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const db = openDatabase(path.join(t.dir, 'l.sqlite'));
    cleanups.unshift(() => db.close());
    await migrate(db, { target: 23 });
    const now = '2024-01-01T00:00:00Z';
    const add = db.prepare(
      `INSERT INTO records(id, kind, region_text, title, unit, content, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    add.run(1, 'zone', '湖北省武汉市江汉区', '', ' ', '', now, now);
    add.run(2, 'zone', '武昌区', '老旧小区治理', '武昌区民政局', '居民议事', now, now);
    add.run(3, 'case', '汉阳区', '\u3000', null, null, now, now);
    await migrate(db);
    const read = () => db.prepare('SELECT id, title, unit, content FROM records ORDER BY id').all();
    const rows = read();
    // a second run (a crash before the version was stored is rolled back whole) changes nothing
    blankValuesNull.up(db);
    expect(read()).toEqual(rows);
    expect(rows).toEqual([
      { id: 1, title: null, unit: null, content: null },
      { id: 2, title: '老旧小区治理', unit: '武昌区民政局', content: '居民议事' },
      { id: 3, title: null, unit: null, content: null },
    ]);
  });
});
