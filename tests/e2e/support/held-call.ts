/**
 * Holds the `nth` call of an API method until the returned function releases it, so a spec
 * can look at what the page shows between two calls of a batch.
 */
import type { Page } from '@playwright/test';

export async function holdCall(page: Page, method: string, nth: number): Promise<() => void> {
  let calls = 0;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/api/${method}`, async (route) => {
    if (++calls === nth) await held;
    await route.continue();
  });
  return () => release();
}
