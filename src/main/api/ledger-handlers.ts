/** Handlers that read the ledger: app info, counts, notices and records. */
import { LATEST_SCHEMA_VERSION } from '../db/migrate';
import { countNotices, listNotices } from '../db/queries/notices';
import { countByKind, listRecords, pageRecords } from '../db/queries/records';
import { APP_VERSION } from '../core/app-version';
import { withDerivedStatus } from '../app/records/derived-status';
import type { HandlerGroup } from './handler-types';

export const ledgerHandlers: HandlerGroup<
  'app/info' | 'ledger/counts' | 'notices/list' | 'records/list' | 'records/page'
> = {
  'app/info': (_input, ctx) => ({
    version: APP_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    ledgerFile: ctx.ledger.file,
    door: ctx.door,
  }),
  'ledger/counts': (_input, ctx) => ({
    notices: countNotices(ctx.ledger.db),
    byKind: countByKind(ctx.ledger.db),
  }),
  'notices/list': (_input, ctx) => listNotices(ctx.ledger.db),
  'records/list': (input, ctx) => listRecords(ctx.ledger.db, input.kind),
  'records/page': (input, ctx) => {
    const page = pageRecords(ctx.ledger.db, input);
    return { ...page, rows: withDerivedStatus(ctx.ledger.db, page.rows) };
  },
};
