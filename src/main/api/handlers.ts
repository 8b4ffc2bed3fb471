/** Every handler, written once, reached through all three doors via dispatch(). */
import type { Handlers } from './handler-types';
import { deadlineHandlers } from './deadline-handlers';
import { dedupeHandlers } from './dedupe-handlers';
import { backupHandlers } from './backup-handlers';
import { exportHandlers } from './export-handlers';
import { historyHandlers } from './history-handlers';
import { importHandlers } from './import-handlers';
import { ledgerHandlers } from './ledger-handlers';
import { recordHandlers } from './record-handlers';
import { regionHandlers } from './region-handlers';

export const handlers: Handlers = {
  ...ledgerHandlers,
  ...importHandlers,
  ...historyHandlers,
  ...exportHandlers,
  ...backupHandlers,
  ...regionHandlers,
  ...dedupeHandlers,
  ...deadlineHandlers,
  ...recordHandlers,
};
