/**
 * Finding 7 of issue #20: every error a person can meet is Chinese and says what to do —
 * validation (zod), SQLite ("database is locked"), URIError, stack overflow — and a
 * saved view's filter is bounded (a 50 MB filterModel was stored before).
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../src/main/api/context';
import { dispatch, toFailure } from '../../../src/main/api/dispatch';
import { tempLedger } from '../../support/temp-ledger';

let ctx: ApiContext;
let cleanup: () => void;
beforeAll(async () => {
  const t = await tempLedger();
  ctx = { ledger: t.ledger, door: 'browser' };
  cleanup = t.cleanup;
});
afterAll(() => cleanup());

const HAN = /[\u4e00-\u9fff]/;
const ENGLISH_LEAKS = /Unrecognized key|database is locked|URI malformed|call stack|Invalid input/;

function expectPeopleMessage(r: { ok: boolean; error?: { message: string } }) {
  expect(r.ok).toBe(false);
  expect(r.error!.message).toMatch(HAN);
  expect(r.error!.message).not.toMatch(ENGLISH_LEAKS);
  expect(r.error!.message).toMatch(/请/); // says what to do
}

const view = (filterModel: unknown, name = '我的视图') => ({
  grid: 'zones',
  view: { name, search: '', facets: {}, filterModel, sort: [], columns: [] },
});

describe('messages people meet', () => {
  it('validation errors are Chinese, including unknown keys', async () => {
    const r = await dispatch('records/list', { kind: 'zone', drop: true }, ctx);
    expectPeopleMessage(r as never);
    expect((r as { error: { message: string } }).error.message).toContain('drop');
  });

  it('"database is locked" becomes a Chinese message saying to wait and retry', () => {
    const file = ctx.ledger.file;
    const holder = new Database(file);
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    holder.exec('BEGIN IMMEDIATE');
    let caught: unknown;
    try {
      other.exec("INSERT INTO settings(key, value) VALUES ('x', 'y')");
    } catch (e) {
      caught = e;
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      other.close();
    }
    expect(String(caught)).toMatch(/locked|busy/i);
    const r = toFailure(caught);
    expectPeopleMessage(r as never);
    expect(r).toMatchObject({ error: { code: 'ledger_busy' } });
  });

  it('URIError, stack overflow, a closed connection and huge strings are named in Chinese', () => {
    let uri: unknown;
    try {
      decodeURIComponent('%E0%A4%A');
    } catch (e) {
      uri = e;
    }
    const closed = new Database(path.join(path.dirname(ctx.ledger.file), 'closed.sqlite'));
    closed.close();
    let notOpen: unknown;
    try {
      closed.prepare('SELECT 1');
    } catch (e) {
      notOpen = e;
    }
    for (const e of [
      uri,
      new RangeError('Maximum call stack size exceeded'),
      new RangeError('Invalid string length'),
      notOpen,
    ]) {
      expectPeopleMessage(toFailure(e) as never);
    }
  });

  it('a saved view whose filter is huge is refused, and nothing is stored', async () => {
    const huge = { title: { filterType: 'text', filter: 'x'.repeat(50 * 1024 * 1024) } };
    const r = await dispatch('views/save', view(huge), ctx);
    expectPeopleMessage(r as never);
    expect(r).toMatchObject({ error: { code: 'bad_input' } });
    expect(
      ctx.ledger.db.prepare("SELECT count(*) n FROM settings WHERE key LIKE 'grid.%'").get(),
    ).toEqual({ n: 0 });
    // An ordinary filter still saves.
    const ok = await dispatch(
      'views/save',
      view({ title: { filterType: 'text', filter: '社区' } }),
      ctx,
    );
    expect(ok.ok).toBe(true);
  });

  it('a grid keeps at most 50 saved views', async () => {
    for (let i = 0; i < 49; i++) await dispatch('views/save', view({}, `视图${i}`), ctx);
    const r = await dispatch('views/save', view({}, '再多一个'), ctx);
    expectPeopleMessage(r as never);
    expect(r).toMatchObject({ error: { code: 'too_many_views' } });
  });
});
