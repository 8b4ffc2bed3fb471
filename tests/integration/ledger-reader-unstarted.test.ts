/**
 * A reader thread that cannot start (its script not found beside the app, or not bundled from
 * source) stops neither the app's start nor 首页: warm() returns, and home/summary is read on
 * the ledger's own connection.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { LedgerReader } from '../../src/main/app/reader/ledger-reader';
import type { Ledger } from '../../src/main/db/ledger';
import { homeSummary } from '../../src/main/db/queries/home-summary';
import { tempLedger } from '../support/temp-ledger';

vi.mock('../../src/main/app/worker-script', () => ({
  workerScript: () => {
    throw new Error('ledger-reader not found');
  },
}));

let ledger: Ledger;
let cleanup: () => void;
beforeAll(async () => {
  ({ ledger, cleanup } = await tempLedger());
});
afterAll(() => cleanup());

describe('a reader thread that cannot start', () => {
  it('lets the app start and 首页 read on the main connection', async () => {
    const reader = new LedgerReader(ledger.file);
    expect(() => reader.warm()).not.toThrow();
    await expect(reader.read('home/summary')).rejects.toThrow(/not found/);
    const r = await dispatch('home/summary', {}, { ledger, door: 'cli', reader });
    expect(r.ok && r.value).toEqual(homeSummary(ledger.db));
    await reader.close();
  });
});
