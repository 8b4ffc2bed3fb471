/**
 * A zone listed by its place alone has no title, however it came to have none: the import
 * stores no value (not ''), and a clerk clearing a zone's 名称／主题 in the grid is allowed and
 * stores the same — while a case, known by its title, still may not lose it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiLedger } from '../support/api-ledger';

const EXTRACT = path.join(__dirname, '..', 'fixtures', 'extract');
const load = (name: string) => readFileSync(path.join(EXTRACT, name));

describe('a blank title: one rule for the import and the grid', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('stores an untitled zone’s title as no value, clears a zone’s on request, keeps a case’s', async () => {
    const t = await apiLedger();
    cleanup = t.cleanup;
    const notice = await t.importFile(
      'f02-sentence-inherited.txt',
      load('f02-sentence-inherited.txt'),
    );
    const count = (where: string) =>
      (t.db.prepare(`SELECT count(*) AS n FROM records WHERE ${where}`).get() as { n: number }).n;
    expect(count("kind = 'zone'")).toBe(6);
    expect(count("title = ''")).toBe(0);
    expect(count("kind = 'zone' AND title IS NULL")).toBe(6);
    // the notice text names each untitled zone's passage by its place (span-hint.ts)
    const { spans } = await t.call('notices/detail', { id: notice });
    expect(spans.filter((s) => s.title === null && s.regionText)).toHaveLength(6);

    const zone = (t.db.prepare("SELECT id FROM records WHERE kind = 'zone' LIMIT 1").get() as {
      id: number;
    })!.id;
    await t.call('records/edit', { edits: [{ id: zone, field: 'title', value: '老旧小区治理' }] });
    const cleared = await t.attempt('records/edit', {
      edits: [{ id: zone, field: 'title', value: '' }],
    });
    expect(cleared.ok).toBe(true);
    expect(
      (t.db.prepare('SELECT title FROM records WHERE id = ?').get(zone) as { title: unknown })
        .title,
    ).toBeNull();

    // the look-alike: a case's title may not be cleared
    await t.importFile('f01-case-categories.txt', load('f01-case-categories.txt'));
    const kase = t.db
      .prepare("SELECT id, title FROM records WHERE kind = 'case' AND title IS NOT NULL LIMIT 1")
      .get() as { id: number; title: string };
    const refused = await t.attempt('records/edit', {
      edits: [{ id: kase.id, field: 'title', value: '' }],
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('不能为空');
    expect(
      (t.db.prepare('SELECT title FROM records WHERE id = ?').get(kase.id) as { title: unknown })
        .title,
    ).toBe(kase.title);
  }, 120_000);
});
