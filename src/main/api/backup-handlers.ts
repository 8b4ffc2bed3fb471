/**
 * Backups and whole-ledger files: list, make, preview and restore backups; export the
 * ledger as one file and bring one in. Restoring always saves the current state first
 * (a 'pre-restore' backup), so nothing is ever lost by a restore.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupEntry } from '../../shared/domain';
import { AppError } from '../../shared/app-error';
import {
  backupDirOf,
  inspectLedgerFile,
  listBackups,
  makeBackup,
  pruneBackups,
} from '../db/backups';
import { restoreLedger } from '../app/backups/restore-ledger';
import type { ApiContext } from './context';
import type { HandlerGroup } from './handler-types';

const entry = (b: { file: string; at: Date; reason: string; size: number }): BackupEntry => ({
  name: path.basename(b.file),
  at: b.at.toISOString(),
  reason: b.reason,
  size: b.size,
});

function backupFile(ctx: ApiContext, name: string): string {
  const found = listBackups(ctx.ledger.file).find((b) => path.basename(b.file) === name);
  if (!found) throw new AppError('not_found', `没有名为 ${name} 的备份。请刷新备份列表后重试。`);
  return found.file;
}

/** Restores `source` as an operation; the summary the contract promises (the pre-restore backup's name stays in the log). */
async function restoreFrom(
  ctx: ApiContext,
  source: string,
  kind: 'restore' | 'ledger_import',
  label: string,
) {
  ctx.onProgress?.({ done: 0, total: 1, item: label });
  const { preRestoreBackup: _kept, ...summary } = await restoreLedger(ctx.ledger, source, {
    kind,
    label,
  });
  ctx.onProgress?.({ done: 1, total: 1 });
  return summary;
}

export const backupHandlers: HandlerGroup<
  | 'backups/list'
  | 'backups/create'
  | 'backups/preview'
  | 'backups/restore'
  | 'ledger/export'
  | 'ledger/import'
> = {
  'backups/list': (_input, ctx) => listBackups(ctx.ledger.file).map(entry),
  'backups/create': async (_input, ctx) => {
    ctx.onProgress?.({ done: 0, total: 1, item: '备份台账' });
    const file = await makeBackup(ctx.ledger.db, ctx.ledger.file, 'manual');
    ctx.onProgress?.({ done: 1, total: 1 });
    pruneBackups(ctx.ledger.file);
    return entry(listBackups(ctx.ledger.file).find((b) => b.file === file)!);
  },
  'backups/preview': (input, ctx) => inspectLedgerFile(backupFile(ctx, input.name)),
  'backups/restore': (input, ctx) =>
    restoreFrom(ctx, backupFile(ctx, input.name), 'restore', input.name),
  'ledger/export': async (input, ctx) => {
    if (input.out && ctx.door === 'browser')
      throw new AppError('bad_input', '浏览器模式不能写入本机路径，请使用下载。');
    // A consistent copy made with the backup API, outside the backups folder (it is not a backup).
    const tmp = path.join(mkdtempSync(path.join(os.tmpdir(), 'taizhang-export-')), 'ledger.sqlite');
    try {
      await ctx.ledger.db.backup(tmp);
      const name = `台账-${new Date().toISOString().slice(0, 10)}.sqlite`;
      if (!input.out) return { file: name, dataBase64: readFileSync(tmp).toString('base64') };
      copyFileSync(tmp, path.resolve(input.out));
      return { file: path.resolve(input.out) };
    } finally {
      rmSync(path.dirname(tmp), { recursive: true, force: true });
    }
  },
  'ledger/import': async (input, ctx) => {
    mkdirSync(backupDirOf(ctx.ledger.file), { recursive: true });
    // Our own name (pid inside), so a crash's leftover is recognised and cleaned at open.
    const staged = path.join(
      backupDirOf(ctx.ledger.file),
      `incoming-${process.pid}-${Date.now()}-upload.sqlite`,
    );
    writeFileSync(staged, Buffer.from(input.dataBase64, 'base64'));
    try {
      return await restoreFrom(ctx, staged, 'ledger_import', '（上传的文件）');
    } finally {
      rmSync(staged, { force: true });
    }
  },
};
