import type { Request } from '@playwright/test';
import { expect, test } from './support/browser-mode';
import { importNoticeFile } from './support/seed-notice';

/**
 * On a large ledger the grid's first page (the whole ledger, counted) answers slowly; a clerk
 * who types a search meanwhile sees its rows first, then that late answer. It must not set the
 * count over them: the header said 共 25263 条 above the 13 rows found. Forced here by holding
 * the whole ledger's answer until the search's is shown.
 */
const wholeLedger = (r: Request) =>
  r.url().endsWith('/api/records/page') &&
  !(JSON.parse(r.postData() ?? '{}') as { input?: { search?: string } }).input?.search;

test('a late answer to the query replaced by a search does not set the count over its rows', async ({
  page,
  browserMode,
}) => {
  await importNoticeFile(page, browserMode.url);
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/records/page', async (route) => {
    if (wholeLedger(route.request())) await held;
    await route.continue();
  });
  await page.goto(browserMode.url);
  const asked = page.waitForRequest(wholeLedger);
  await page.click('[data-nav="zones"]');
  await asked;
  await page.getByTestId('grid-search').fill('栖霞');
  const rows = page.getByTestId('grid-zone').locator('.ag-row [col-id="title"]');
  await expect(rows).toHaveCount(1);
  await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');

  const late = page.waitForResponse((r) => wholeLedger(r.request()));
  release();
  await (await late).finished();
  // The late answer is in the page's hands: two frames on, whatever it set is drawn.
  // (A string: this file is type-checked without the DOM library.)
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  await expect(page.locator('.page-subtitle')).toHaveText('共 1 条');
  await expect(rows).toHaveCount(1);
});
