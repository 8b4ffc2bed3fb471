/**
 * 合并所选 on two zones: a zone's title was stored blank (''), and the merge screen showed two empty
 * choices for 名称／主题 with nothing to tell them apart. A blank text is no value (（空）,
 * nothing to choose), as NULL is; a written one is offered as before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

const EXTRACT = path.join(__dirname, '..', 'fixtures', 'extract');

describe('the merge screen offers no blank text as a value', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('gives null for a blank title and the written one for a title a person typed', async () => {
    const t = await apiLedger();
    cleanup = t.cleanup;
    const name = 'f02-sentence-inherited.txt';
    await t.importFile(name, readFileSync(path.join(EXTRACT, name)));
    const ids = (
      t.db.prepare('SELECT id FROM records WHERE title IS NULL ORDER BY id LIMIT 2').all() as {
        id: number;
      }[]
    ).map((r) => r.id);
    expect(ids).toHaveLength(2);
    const titles = async () =>
      (await t.call('records/compare', { ids })).fields
        .find((f) => f.group === 'title')!
        .options.map((o) => o.value);
    expect(await titles()).toEqual([null, null]);
    await t.call('records/edit', {
      edits: [{ id: ids[0]!, field: 'title', value: '老旧小区治理' }],
    });
    expect(await titles()).toEqual(['老旧小区治理', null]);
  }, 120_000);
});
