import path from 'node:path';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { expect, screenshotDir, test } from './support/browser-mode';

test('make a backup, import more, restore the backup after a preview', async ({
  page,
  browserMode,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-backup-'));
  const file = path.join(dir, 'n.txt');
  writeFileSync(
    file,
    '关于确认第二批省级社区治理创新实验区的通知\n1.石家庄市长安区——构建“红色物业”联动机制\n河北省民政厅\n2021年6月30日\n',
  );
  page.on('dialog', (d) => void d.accept());
  await page.goto(browserMode.url);
  await page.click('[data-nav="backups"]');
  await expect(page.getByTestId('backup-list').locator('tbody tr')).toHaveCount(1); // the day's automatic one
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByTestId('backup-list').locator('tbody tr')).toHaveCount(2);

  await page.click('[data-nav="import"]');
  await page.setInputFiles('[data-testid="import-file-input"]', file);
  await page.getByRole('button', { name: /确认导入/ }).click();
  await expect(page.locator('.badge-committed')).toHaveCount(1);

  await page.click('[data-nav="backups"]');
  const manual = page.getByTestId('backup-list').locator('tr', { hasText: '手动' });
  await manual.getByRole('button', { name: '预览' }).click();
  const previewBox = page.getByLabel('备份预览');
  await expect(previewBox).toContainText('里面有 0 份通知、0 条记录');
  // Words a user understands: no schema numbers, no file names.
  await expect(previewBox).not.toContainText('结构版本');
  await expect(previewBox).not.toContainText('.bak');
  // Looking into a backup leaves nothing beside it (no -wal, -shm or -journal files).
  const backupDir = path.join(path.dirname(browserMode.dbFile), 'backups');
  expect(readdirSync(backupDir).filter((f) => /-(wal|shm|journal)$/.test(f))).toEqual([]);
  await page.screenshot({ path: path.join(screenshotDir, 'backups.png') });
  await manual.getByRole('button', { name: '恢复' }).click();
  await expect(page.locator('.done-note')).toContainText('已恢复：0 份通知');
  await page.click('[data-nav="zones"]');
  await expect(page.getByText('共 0 条')).toBeVisible();

  // The state the restore replaced is a backup of its own, kept at least 30 days.
  await page.click('[data-nav="backups"]');
  await expect(page.getByTestId('backup-list').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('backup-list')).toContainText('恢复前自动（至少保留 30 天）');
  await page.screenshot({ path: path.join(screenshotDir, 'backups-after-restore.png') });
});
