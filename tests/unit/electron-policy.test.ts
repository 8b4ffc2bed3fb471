/**
 * The desktop shell's security rules, tested without Electron: what the window may show
 * or open, and how the IPC door answers malformed payloads and foreign frames.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { makeApiInvoke } from '../../src/main/electron/api-invoke';
import { isAllowedExternal, isOwnPage } from '../../src/main/electron/navigation-policy';
import { tempLedger } from '../support/temp-ledger';

const OWN = 'file:///opt/taizhang/resources/app.asar/out/renderer/index.html';

describe('navigation policy', () => {
  it('treats only our own page as ours, whatever the hash', () => {
    expect(isOwnPage(`${OWN}#/zones`, OWN)).toBe(true);
    expect(isOwnPage('file:///etc/passwd', OWN)).toBe(false);
    expect(isOwnPage('https://evil.example/index.html', OWN)).toBe(false);
    expect(isOwnPage('not a url', OWN)).toBe(false);
  });

  it('opens only allow-listed https sites externally', () => {
    expect(isAllowedExternal('https://www.mca.gov.cn/n152/index.html')).toBe(true);
    expect(isAllowedExternal('http://www.mca.gov.cn/')).toBe(false);
    expect(isAllowedExternal('https://www.mca.gov.cn.evil.example/')).toBe(false);
    expect(isAllowedExternal('https://user:pw@www.mca.gov.cn/')).toBe(false);
    expect(isAllowedExternal('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternal('javascript:alert(1)')).toBe(false);
  });
});

describe('the IPC door', () => {
  let ctx: ApiContext;
  let cleanup: () => void;
  beforeAll(async () => {
    const t = await tempLedger();
    ctx = { ledger: t.ledger, door: 'desktop' };
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  it('answers our page and refuses any other frame', async () => {
    const invoke = makeApiInvoke(ctx, () => OWN);
    expect(await invoke(`${OWN}#/home`, 'records/list', {})).toEqual({ ok: true, value: [] });
    expect(await invoke('https://evil.example/', 'records/list', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await invoke(undefined, 'records/list', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('answers any malformed payload with an error envelope, never a throw', async () => {
    const invoke = makeApiInvoke(ctx, () => OWN);
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.anything(), async (method, input) => {
        const r = await invoke(OWN, method, input);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
