/**
 * A call that never reached the ledger (browser mode's server stopped, the terminal closed)
 * answers staff in Chinese, with what to do, never with the browser's English ("TypeError:
 * Failed to fetch"). Controls: the ledger's own answers, right or refused, pass as they are.
 */
import { describe, expect, it, vi } from 'vitest';
import { createApiClient, TRANSPORT_MESSAGE } from '../../../src/shared/api-client';

describe('a call the ledger never heard', () => {
  it('says in Chinese that the ledger program is closed and how to go on', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const api = createApiClient(() => Promise.reject(new TypeError('Failed to fetch')));
    const r = await api.call('history/peek', {});
    expect(r).toEqual({ ok: false, error: { code: 'transport', message: TRANSPORT_MESSAGE } });
    expect(TRANSPORT_MESSAGE).not.toMatch(/[A-Za-z]{3,}/);
    expect(TRANSPORT_MESSAGE).toContain('重新启动台账');
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('passes the ledger’s own answers through (controls)', async () => {
    const refused = {
      ok: false as const,
      error: { code: 'split_gone', message: '找不到这处来源' },
    };
    expect(await createApiClient(async () => refused).call('history/peek', {})).toBe(refused);
    const fine = { ok: true as const, value: { undo: null, redo: null } };
    expect(await createApiClient(async () => fine).call('history/peek', {})).toBe(fine);
  });
});
