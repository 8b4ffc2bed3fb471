/** Every handler, written once, reached through all three doors via dispatch(). */
import type { Handlers } from './handler-types';
import { ledgerHandlers } from './ledger-handlers';
import { pendingHandlers } from './pending-handlers';

export const handlers: Handlers = {
  ...ledgerHandlers,
  ...pendingHandlers,
};
