/**
 * Two browser-mode instances on two ports, opened in one browser (issue #20, finding 6):
 * each keeps working after the other is opened and after a reload — the session cookies
 * are named after the port and the API token lives in each page, never in a cookie.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, startBrowserMode, test } from './support/browser-mode';

test('two instances on two ports do not log each other out', async ({ context }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-e2e-two-'));
  const a = await startBrowserMode(path.join(dir, 'a.sqlite'));
  const b = await startBrowserMode(path.join(dir, 'b.sqlite'));
  try {
    const pageA = await context.newPage();
    const pageB = await context.newPage();
    await pageA.goto(a.url);
    await expect(pageA.locator('h1')).toHaveText('首页');
    await pageB.goto(b.url);
    await expect(pageB.locator('h1')).toHaveText('首页');

    const cookies = await context.cookies();
    const sessionCookies = cookies.filter((c) => c.name.startsWith('tz_session_'));
    expect(sessionCookies).toHaveLength(2);
    for (const c of sessionCookies) {
      expect(c.httpOnly).toBe(true);
      expect(c.sameSite).toBe('Strict');
      expect(a.url).not.toContain(c.value);
      expect(b.url).not.toContain(c.value);
    }

    // Both still work after a reload: each page's API calls succeed against its own ledger.
    for (const page of [pageA, pageB]) {
      await page.reload();
      expect(new URL(page.url()).search).toBe(''); // the token left the address bar
      await expect(page.locator('h1')).toHaveText('首页');
      await expect(page.getByText('台账还是空的')).toBeVisible();
      const info = await page.evaluate(async () => {
        const doc = (
          globalThis as unknown as {
            document: { querySelector(s: string): { content?: string } | null };
          }
        ).document;
        const token = doc.querySelector('meta[name="taizhang-token"]')?.content ?? '';
        const res = await fetch('/api/app/info', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Taizhang-Token': token },
          body: JSON.stringify({ input: {} }),
        });
        return (await res.json()) as { ok: boolean; value?: { ledgerFile: string } };
      });
      expect(info.ok).toBe(true);
      expect(info.value!.ledgerFile).toBe(path.join(dir, page === pageA ? 'a.sqlite' : 'b.sqlite'));
    }
  } finally {
    a.stop();
    b.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
