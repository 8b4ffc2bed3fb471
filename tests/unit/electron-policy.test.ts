/**
 * The desktop shell's security rules, tested without Electron: what the window may show
 * or open, and how the IPC door answers malformed payloads and foreign frames.
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { makeApiInvoke } from '../../src/main/electron/api-invoke';
import { isAllowedExternal, isOwnPage } from '../../src/main/electron/navigation-policy';
import { parseSaveDialogRequest } from '../../src/main/electron/save-dialog-request';
import { SaveTargets } from '../../src/main/electron/save-targets';
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

describe('export destinations (issue #20, finding 6)', () => {
  let ctx: ApiContext;
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    const t = await tempLedger();
    ctx = { ledger: t.ledger, door: 'desktop' };
    dir = path.dirname(t.file);
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  it('refuses a path sent by the page: nothing is written', async () => {
    const invoke = makeApiInvoke(ctx, () => OWN, new SaveTargets());
    const target = path.join(dir, '.bashrc');
    for (const [method, input] of [
      ['export/create', { format: 'ics', out: target }],
      ['ledger/export', { out: target }],
    ] as const) {
      const r = await invoke(OWN, method, input);
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect((r as { error: { message: string } }).error.message).toMatch(/另存为/);
    }
    expect(existsSync(target)).toBe(false);
  });

  it('writes where the user chose in our dialog, through a handle that works once', async () => {
    const targets = new SaveTargets();
    const invoke = makeApiInvoke(ctx, () => OWN, targets);
    const chosen = path.join(dir, '台账.sqlite');
    const handle = targets.issue(chosen);
    expect(handle).not.toContain(dir);
    expect(await invoke(OWN, 'ledger/export', { out: handle })).toMatchObject({
      ok: true,
      value: { file: chosen },
    });
    expect(existsSync(chosen)).toBe(true);
    expect(await invoke(OWN, 'ledger/export', { out: handle })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const ics = path.join(dir, '期限.ics');
    const r = await invoke(OWN, 'export/create', { format: 'ics', out: targets.issue(ics) });
    expect(r).toMatchObject({ ok: true, value: { file: ics } });
  });

  it('handles expire, and downloads (no out) are not affected', async () => {
    let now = 1_000_000;
    const targets = new SaveTargets(() => now);
    const handle = targets.issue(path.join(dir, 'late.sqlite'));
    now += 11 * 60_000;
    expect(targets.take(handle)).toBeUndefined();
    const invoke = makeApiInvoke(ctx, () => OWN, targets);
    const r = await invoke(OWN, 'ledger/export', {});
    expect(r).toMatchObject({ ok: true });
    expect((r as { value: { dataBase64?: string } }).value.dataBase64).toBeTruthy();
  });

  it('checks what the page asks of the dialog before opening it', () => {
    expect(parseSaveDialogRequest({ kind: 'docx', suggestedName: '../../etc/x.docx' })).toEqual({
      kind: 'docx',
      suggestedName: 'x.docx',
    });
    expect(parseSaveDialogRequest({ kind: 'exe', suggestedName: 'a' })).toBeNull();
    expect(parseSaveDialogRequest({ kind: '__proto__' })).toBeNull();
    expect(parseSaveDialogRequest(null)).toBeNull();
    expect(parseSaveDialogRequest({ kind: 'sqlite', suggestedName: '..' })).toEqual({
      kind: 'sqlite',
      suggestedName: '台账导出.sqlite',
    });
  });
});
